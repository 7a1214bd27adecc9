namespace Chorus.Core.ReportedSpeech;

/// <summary>Settings of the attribution extractor, each with the reason for its value.</summary>
public sealed record ReportedSpeechOptions
{
    public static readonly ReportedSpeechOptions Default = new();

    /// <summary>
    /// A source phrase before its cue has at most this many words. Appositives make real sources long ("George Allen,
    /// a Republican and former Virginia governor and senator who …"); a longer run before a cue is a clause, not a
    /// subject, and then the relation is kept without a source.
    /// </summary>
    public int MaxSourceWords { get; init; } = 18;

    /// <summary>
    /// A quote of at least this many words that no relation covers is a relation of its own (<see cref="CueKind.Quote"/>).
    /// Chosen on the train articles of the attribution corpus: the setting with the best direct plus all F1 among those
    /// keeping source accuracy at 0.905 (direct) and 0.85 (all), checked by 5-fold cross-validation (docs/EVALUATION.md);
    /// shorter quotes are more often titles, slogans and scare quotes, and their speakers are guessed less well.
    /// </summary>
    public int MinUnattributedQuoteWords { get; init; } = 10;

    /// <summary>The cue forms and their kinds; tests and the exclusion measurement use other lexicons.</summary>
    public IReadOnlyDictionary<string, CueKind> Cues { get; init; } = CueVerbs.Kinds;

    /// <summary>Every cue form of the lexicon, the excluded ones included, for measuring which forms to exclude.</summary>
    public static IReadOnlyDictionary<string, CueKind> AllCues => CueVerbs.AllKinds;
}
