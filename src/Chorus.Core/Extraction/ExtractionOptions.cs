namespace Chorus.Core.Extraction;

/// <summary>The thresholds of HTML main-content extraction, each with the reason for its value.</summary>
public sealed record ExtractionOptions
{
    /// <summary>A block shorter than this (characters) adds nothing to its containers' content score.</summary>
    public int MinScoringBlockChars { get; init; } = 25;

    /// <summary>Characters of block text worth one point of content score, up to <see cref="MaxLengthPoints"/>.</summary>
    public int CharsPerPoint { get; init; } = 100;

    /// <summary>Caps the points one long block gives, so one huge block cannot outvote many paragraphs.</summary>
    public double MaxLengthPoints { get; init; } = 3;

    /// <summary>How far up (levels) a block's score flows to its ancestors.</summary>
    public int ScoreAncestorLevels { get; init; } = 4;

    /// <summary>Class/id words that mark content (article-body) or furniture (sidebar) add or take this many points.</summary>
    public double ClassWeight { get; init; } = 25;

    /// <summary>A sibling of the chosen container joins it when its score reaches this share of the container's.</summary>
    public double SiblingScoreShare { get; init; } = 0.2;

    /// <summary>
    /// A block inside the chosen container whose link text is more than this share of its text is a list of links,
    /// not prose. High, because short teasers are caught by <see cref="ShortLinkedBlockChars"/> and link boxes by
    /// class; on the validation half 0.5 cut real paragraphs that link a name or two (F1 0.9770 there, 0.9786 at 0.75).
    /// </summary>
    public double MaxLinkDensity { get; init; } = 0.75;

    /// <summary>
    /// A paragraph at least this long that ends like a sentence is prose even when mostly linked (a linked lead
    /// sentence); teaser headlines are shorter and do not end with a full stop.
    /// </summary>
    public int MinLinkedProseChars { get; init; } = 120;

    /// <summary>A block at most this long with any linked text is a teaser or a credit, not prose.</summary>
    public int ShortLinkedBlockChars { get; init; } = 80;

    /// <summary>A furniture-looking element (by tag, class or id) holding more than this share of the page's prose is kept: it is the page, not a box on it.</summary>
    public double MaxRemovableTextShare { get; init; } = 0.5;

    /// <summary>A list item or short line without closing punctuation, this short or shorter, is a label, not prose.</summary>
    public int MaxLabelChars { get; init; } = 60;
}
