namespace Chorus.Core.ReportedSpeech;

/// <summary>Where the words after a quote inside a content stop being the speaker's.</summary>
internal static class QuoteClauses
{
    /// <summary>
    /// "“the ultimate hypocrite,” linking to …", "“very encouraged” and Trump calling it …": after the closing mark at
    /// <paramref name="close"/> of a quote inside a content, a participle after the quote's comma, or "and" with a
    /// named subject and its own cue, starts the writer's words or another speaker's. Subordinate clauses ("because
    /// …", "while …") stay: the corpus keeps them in the content far more often than not.
    /// </summary>
    public static bool NewClauseAfter(SpeechSentence s, int close, int hi)
    {
        var next = close + 1;
        var comma = s[close - 1].Is(",");
        if (next < hi && s[next].Is(","))
        {
            comma = true;
            next++;
        }

        if (next + 1 >= hi || s[next].InQuote)
        {
            return false;
        }

        var word = s[next].Lower;
        if (comma && word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 && word is not ("including" or "according") && !SpeechWords.Prepositions.Contains(word))
        {
            return true;
        }

        if (word is not ("and" or "but") || !s[next + 1].IsCapitalised || s[next + 1].InQuote)
        {
            return false;
        }

        for (var k = next + 2; k < Math.Min(hi, next + 5); k++)
        {
            if (s.CueAt(k) is CueKind.Say or CueKind.Object)
            {
                return true;
            }

            if (!s[k].IsCapitalised)
            {
                return false;
            }
        }

        return false;
    }
}
