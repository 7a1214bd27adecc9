namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// "The plan appears to be stalled", "Lee is expected to win": an observer's reading of a whole clause, with no
/// named source. The content is the clause, its subject included ("which is expected to draw crowds").
/// </summary>
internal static class StanceFrames
{
    private static readonly HashSet<string> Stances = new(StringComparer.Ordinal) { "appears", "appeared", "appear", "seems", "seemed", "seem" };

    /// <summary>The stance relation whose cue is at <paramref name="v"/>, or null.</summary>
    public static SentenceAttribution? At(SpeechSentence s, int v)
    {
        var t = s[v];
        if (t.InQuote || v + 1 >= s.Count || s[v + 1].Lower != "to")
        {
            return null;
        }

        var cueStart = v;
        if (t.Lower == "expected" && v > 0 && SpeechWords.Be.Contains(s[v - 1].Lower))
        {
            cueStart = v - 1;
        }
        else if (!Stances.Contains(t.Lower))
        {
            return null;
        }

        // "Lee told a voter who seemed to be lost": the stance's subject never reaches back over another cue.
        var start = cueStart;
        while (start > 0 && !s.IsBreak(start - 1) && s[start - 1].Lower != "who" && s.CueAt(start - 1) is null)
        {
            start--;
        }

        if (start > 0 && s[start - 1].Lower is "which" or "who" or "that")
        {
            start--;
        }

        var end = SpeechBefore(s, v + 2, ContentBounds.End(s, v + 1, s.Count));
        return start < cueStart && end > v + 1 ? new SentenceAttribution(start, end, null, cueStart, v + 1, CueKind.Appear) : null;
    }

    /// <summary>
    /// "Lee appeared to dismiss it, when he told a rival that …": the stance ends at a comma before a clause with a
    /// cue of speech of its own, which is a relation of its own rather than part of the stance.
    /// </summary>
    private static int SpeechBefore(SpeechSentence s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!s[k].Is(",") || s[k].InQuote || (k + 1 < end && s[k + 1].Lower is "who" or "which"))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(end, k + 6) && !SpeechSentence.IsPunctuationBreak(s[j]); j++)
            {
                if (s.CueAt(j) is CueKind.Say or CueKind.Think)
                {
                    return k;
                }
            }
        }

        return end;
    }
}
