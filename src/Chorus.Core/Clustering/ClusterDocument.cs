namespace Chorus.Core.Clustering;

/// <summary>An article as the clusterer sees it: id, title, body text and the time it counts as published.</summary>
public sealed record ClusterDocument(string Id, string? Title, string Text, DateTime Time)
{
    /// <summary>Outlet name, used only to count independent sources of a story.</summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// False when <see cref="Time"/> is only the ingest time (the source gave no date): such an article neither
    /// moves the stream clock nor is damped by time decay, since when it happened is unknown.
    /// </summary>
    public bool TimeIsKnown { get; init; } = true;
}

/// <summary>How an article joined its story.</summary>
public enum JoinKind
{
    /// <summary>It started a new story.</summary>
    New,

    /// <summary>It was similar enough to an open story.</summary>
    Similar,

    /// <summary>It is a near-duplicate of an earlier article and joined that article's story.</summary>
    Copy,
}

/// <summary>The story an article was put in, how, with the score that decided it.</summary>
public sealed record ClusterAssignment(string ArticleId, long StoryId, JoinKind Kind, double Score)
{
    public string? CopyOf { get; init; }

    public double CopyContainment { get; init; }

    public double CopyJaccard { get; init; }
}
