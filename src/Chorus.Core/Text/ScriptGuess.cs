namespace Chorus.Core.Text;

/// <summary>
/// Names a text's language by its script when most of its letters are in a script one major language owns:
/// Hangul is Korean, kana Japanese, Han alone Chinese, Cyrillic Russian (Ukrainian when its own letters і ї є ґ
/// occur), and Greek, Hebrew, Arabic, Thai, Devanagari, Georgian and Armenian their main language.
/// </summary>
internal static class ScriptGuess
{
    /// <summary>The script must hold most of the letters: quoted names and brand names in Latin letters are common.</summary>
    private const double MinShare = 0.5;

    /// <summary>Fewer letters than this is too little text to judge.</summary>
    private const int MinLetters = 20;

    /// <summary>Ukrainian letters per Cyrillic letter above which Cyrillic text is Ukrainian (about 5 % in Ukrainian prose, none in Russian).</summary>
    private const double UkrainianShare = 0.01;

    /// <summary>Japanese writes kana between its Han characters; Chinese has none.</summary>
    private const double KanaShare = 0.1;

    private enum Script
    {
        Other,
        Hangul,
        Kana,
        Han,
        Cyrillic,
        Greek,
        Hebrew,
        Arabic,
        Thai,
        Devanagari,
        Georgian,
        Armenian,
    }

    public static GuessedLanguage? Guess(string text, int maxLetters)
    {
        var counts = new int[Enum.GetValues<Script>().Length];
        var letters = 0;
        var ukrainian = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (++letters > maxLetters)
            {
                break;
            }

            counts[(int)Of(c)]++;
            ukrainian += c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ' ? 1 : 0;
        }

        letters = Math.Min(letters, maxLetters);
        if (letters < MinLetters)
        {
            return null;
        }

        var cjk = counts[(int)Script.Han] + counts[(int)Script.Kana];
        if (cjk >= MinShare * letters)
        {
            return counts[(int)Script.Kana] >= KanaShare * cjk ? new("ja", Share(cjk, letters), FromScript: true) : new("zh", Share(cjk, letters), FromScript: true);
        }

        var best = Enumerable.Range(1, counts.Length - 1).Where(i => i is not ((int)Script.Han or (int)Script.Kana)).MaxBy(i => counts[i]);
        if (counts[best] < MinShare * letters)
        {
            return null;
        }

        var code = (Script)best switch
        {
            Script.Hangul => "ko",
            Script.Cyrillic => ukrainian >= UkrainianShare * counts[best] ? "uk" : "ru",
            Script.Greek => "el",
            Script.Hebrew => "he",
            Script.Arabic => "ar",
            Script.Thai => "th",
            Script.Devanagari => "hi",
            Script.Georgian => "ka",
            _ => "hy",
        };
        return new GuessedLanguage(code, Share(counts[best], letters), FromScript: true);
    }

    private static double Share(int count, int letters) => (double)count / letters;

    private static Script Of(char c) => c switch
    {
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => Script.Hangul,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Script.Han,
        >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u0530' and <= '\u058F' => Script.Armenian,
        _ => Script.Other,
    };
}
