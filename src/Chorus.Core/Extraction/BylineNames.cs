using System.Text.RegularExpressions;
using Chorus.Core.Lexicon;

namespace Chorus.Core.Extraction;

/// <summary>
/// Turns what a page gives as its author (a byline line, a meta value, a JSON-LD name) into person names: the
/// "By" and the job title, outlet, date or handle around the names go, and what is not a person (an agency, the
/// site itself, a desk, "admin") is refused. "By ADA ROE and Bo Lind, Staff Writers | May 2" → Ada Roe, Bo Lind.
/// </summary>
internal static partial class BylineNames
{
    /// <summary>Words that make a name a role, a desk, a publisher or a placeholder rather than a person.</summary>
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent", "columnist", "contributor", "contributing",
        "staff", "desk", "team", "editorial", "reports", "newsroom", "news", "sport", "sports", "press", "agency", "wire", "wires",
        "admin", "administrator", "webmaster", "guest", "anonymous", "unknown", "gast", "invité", "гость", "редакция", "redação",
        "redacción", "redazione", "rédaction", "redaktion", "bureau", "service", "media", "group", "inc", "ltd", "llc", "magazine",
        "online", "daily", "associated", "dpa", "ansa",
        "publishing", "productions", "official", "company", "network", "channel", "blog", "site", "digital", "coordenadoria",
        "analysis", "opinion", "review", "photo", "photos", "video", "graphics", "illustration", "the", "by",
        "follow", "share", "email", "view", "more", "articles", "posts", "subscribe", "profile", "bio", "contact", "author",
    };

    /// <summary>Words that qualify a role just before it ("Business Columnist", "Senior Writer"): part of the role, not the name.</summary>
    private static readonly HashSet<string> RoleQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "chief", "business", "political", "national", "science", "health", "tech", "technology", "foreign", "special",
        "assistant", "associate", "deputy", "managing", "executive", "local", "entertainment", "music", "travel", "food", "auto",
        "investigative", "economics", "culture", "sports", "legal", "environment", "education", "world",
    };

    /// <summary>Lower-case words that may stand inside a person's name ("Ludwig van Beethoven", "Maria da Silva").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "y",
    };

    private const int MaxNameLength = 40;

    /// <summary>
    /// The person names in <paramref name="raw"/>, or none. <paramref name="siteWords"/> are the letters of the site's
    /// name and host (lower case, letters and digits only): a "name" found in them is the site naming itself.
    /// </summary>
    public static IReadOnlyList<string> Read(string raw, IReadOnlyList<string> siteWords)
    {
        var text = Lead().Replace(raw.Trim(), "");
        text = End().Split(text)[0];
        var names = new List<string>();
        foreach (var part in Separators().Split(text))
        {
            if (Person(part.Trim().Trim('.', '-', '–', '—', ':', '·'), siteWords) is { } name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? Person(string part, IReadOnlyList<string> siteWords)
    {
        if (part.Length is 0 or > MaxNameLength || part.Any(c => char.IsDigit(c) || c is '@' or '/' or '#' or '(' or ')'))
        {
            return null;
        }

        // "Ada Roe Staff Writer", "Ada Roe September 5": the name is what comes before a role, an outlet or a date word.
        var all = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = all.TakeWhile(w => !IsNotPersonWord(w) && !IsDateWord(w)).ToArray();
        while (words.Length > 2 && words.Length < all.Length && RoleQualifiers.Contains(words[^1]))
        {
            words = words[..^1];
        }

        if (words.Length >= 2 && IsAllCaps(words[^1]) && words[^1].Length <= 4 && !words.All(IsAllCaps))
        {
            words = words[..^1]; // a trailing acronym is an outlet or a price tag ("Ada Roe CNN")
        }

        if (words.Length is 2 or 4 && words.AsSpan(0, words.Length / 2).SequenceEqual(words.AsSpan(words.Length / 2)))
        {
            words = words[..(words.Length / 2)]; // a byline printed twice ("Ada Roe Ada Roe")
        }

        if (words.Length is 0 or > 4 || words.Any(w => w.Contains('.') && !IsInitials(w)))
        {
            return null;
        }

        if (words.Length == 1 && words[0].Length <= 4 && IsAllCaps(words[0]))
        {
            return null; // an acronym ("HNN", "BBC") names an outlet
        }

        part = string.Join(' ', words);

        var letters = string.Concat(part.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        if (letters.Length < 3 || siteWords.Any(s => s.Contains(letters, StringComparison.Ordinal)))
        {
            return null;
        }

        if (words.All(w => IsUncased(w)))
        {
            return part;
        }

        if (!words.All(w => char.IsUpper(w[0]) || Particles.Contains(w) || w.StartsWith("al-", StringComparison.Ordinal)) || !char.IsUpper(words[0][0]))
        {
            return null;
        }

        return words.All(IsAllCaps) ? string.Join(' ', words.Select(TitleCase)) : string.Join(' ', words);
    }

    /// <summary>Month and weekday names end a name a date follows ("Ada Roe September 5"); months that are first names do not.</summary>
    private static bool IsDateWord(string word)
    {
        var bare = word.Trim('.', ',');
        return MonthNames.IsFullNameNotFirstName(bare) || CalendarWords.Weekdays.Contains(bare, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsAllCaps(string word) => word.Any(char.IsUpper) && !word.Any(char.IsLower);

    /// <summary>A word of a role, a desk or a placeholder, or an agency's name (<see cref="NewsAgencies"/>).</summary>
    private static bool IsNotPersonWord(string word) =>
        word.Trim('.', ',').Split('-').Any(w => NotPersonWords.Contains(w) || Agencies.Contains(w));

    private static readonly HashSet<string> Agencies = new(NewsAgencies.Names.SelectMany(n => n.Split(' ', '-')), StringComparer.OrdinalIgnoreCase);

    /// <summary>"J.", "J.J." and "L." are initials, not a domain like "cleveland.com".</summary>
    private static bool IsInitials(string word) => word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1 && char.IsUpper(p[0]));

    /// <summary>Scripts without letter case (Hangul, CJK) write names of two to four syllables.</summary>
    private static bool IsUncased(string word) => word.Length is >= 2 and <= 4 && word.All(c => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c));

    private static string TitleCase(string word) =>
        word.Length <= 1 || IsInitials(word) ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    /// <summary>What leads a byline: "By", "Analysis by", "Posted by", "Text:", "Publicado por:", "Автор:".</summary>
    [GeneratedRegex(@"^(?:(?:\p{L}+\s+)?(?:by|por|par|von|oleh|di)\b|written by|posted by|publicado por|text|texto|автор|текст)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    /// <summary>Where the names end: a line break, a bar or bullet, a handle, a dash before a date or a date word.</summary>
    [GeneratedRegex(@"\n|\||•|·|@|\s[-–—]\s|\s\d|\b(?:updated|published|posted|on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex End();

    [GeneratedRegex(@",|;|&|\s+(?:and|und|et|e|y|и|dan)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
