using System.Collections.Frozen;

namespace Chorus.Core.Lexicon;

/// <summary>
/// Month names and their usual abbreviations in the languages news pages are most often written in, for reading
/// dates shown on a page (English from <see cref="CalendarWords"/>). A name that means one month in one language and
/// nothing in another is safe to share.
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] Languages =
    [
        [.. CalendarWords.Months.Select(m => m.ToLowerInvariant())],
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    ];

    /// <summary>Abbreviations that are not the first three letters of a name above.</summary>
    private static readonly (string Name, int Month)[] Extra = [("sept", 9), ("dic", 12), ("ene", 1), ("set", 9), ("out", 10), ("ago", 8)];

    private static readonly FrozenDictionary<string, int> Index = Build();

    /// <summary>English months that are also first names ("April Lind", "June Roe", "August Berg", "May Tan").</summary>
    private static readonly FrozenSet<int> AlsoFirstNames = new[] { 4, 5, 6, 8 }.ToFrozenSet();

    public static bool TryGet(string name, out int month) => Index.TryGetValue(name.ToLowerInvariant(), out month);

    /// <summary>Whether a word is a month's full name that is not also a person's first name: a name a date follows ends there.</summary>
    public static bool IsFullNameNotFirstName(string word) =>
        word.Length >= 5 && Index.TryGetValue(word.ToLowerInvariant(), out var month) && !(AlsoFirstNames.Contains(month) && CalendarWords.Months[month - 1].Equals(word, StringComparison.OrdinalIgnoreCase));

    private static FrozenDictionary<string, int> Build()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            for (var i = 0; i < 12; i++)
            {
                index.TryAdd(language[i], i + 1);
                if (language[i].Length > 3)
                {
                    index.TryAdd(language[i][..3], i + 1);
                }
            }
        }

        foreach (var (name, month) in Extra)
        {
            index.TryAdd(name, month);
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
