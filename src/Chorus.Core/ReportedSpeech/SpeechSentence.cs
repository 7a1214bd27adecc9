namespace Chorus.Core.ReportedSpeech;

/// <summary>The tokens of one sentence and the cue lexicon in force, with the tests the attribution rules share.</summary>
internal sealed class SpeechSentence(List<SpeechToken> tokens, IReadOnlyDictionary<string, CueKind> cues)
{
    public List<SpeechToken> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public SpeechToken this[int index] => Tokens[index];

    /// <summary>The kind of cue at a token, or null: a word of the lexicon outside quotes and not after a determiner.</summary>
    public CueKind? CueAt(int v)
    {
        var t = Tokens[v];
        if (t.InQuote || (v > 0 && SpeechWords.Determiners.Contains(Tokens[v - 1].Lower)))
        {
            return null;
        }

        if (t.Lower == "according" && v + 1 < Count && Tokens[v + 1].Lower == "to")
        {
            return CueKind.According;
        }

        // "crews deployed to counter the offensive": with a plain object these verbs act, they do not speak.
        if (v + 1 < Count && SpeechWords.ActingWithAnObject.Contains(t.Lower) && SpeechWords.Determiners.Contains(Tokens[v + 1].Lower))
        {
            return null;
        }

        return cues.TryGetValue(t.Lower, out var kind) ? kind : null;
    }

    /// <summary>A token no source phrase runs across: a quote mark, clause punctuation, a clause word.</summary>
    public bool IsBreak(int i)
    {
        var t = Tokens[i];
        return t.Mark != QuoteMark.None || IsPunctuationBreak(t) || SpeechWords.ClauseWords.Contains(t.Lower) || t.IsAnyOf(".!?");
    }

    public static bool IsPunctuationBreak(SpeechToken t) => t.IsAnyOf(",;:—–-()[]“”\"«»") || t.Is("''");

    public static bool IsSentenceEnd(SpeechToken t) => t.IsAnyOf(".!?");
}
