namespace Chorus.Core.Text;

/// <summary>Reduces a lower-cased word to the stem used to compare content across sources.</summary>
internal static class TermStemmer
{
    // Interim light stemmer (plural and -ed/-ing endings); replaced by the NLTK-compatible Porter stemmer.
    public static string Stem(string lowerCaseWord)
    {
        var w = lowerCaseWord;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }
}
