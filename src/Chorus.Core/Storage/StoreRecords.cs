using Chorus.Core.Clustering;
using Chorus.Core.Documents;

namespace Chorus.Core.Storage;

/// <summary>One article to store: the cleaned article, its raw document, its sentences and where it was clustered.</summary>
public sealed record ArticleToStore(
    Article Article,
    RawDocument Raw,
    IReadOnlyList<Sentence> Sentences,
    DateTime Time,
    bool TimeIsIngestTime,
    ClusterAssignment Assignment);

/// <summary>Everything one batch writes, in one transaction: its new articles and what clustering them changed.</summary>
public sealed record BatchWrite(long RunId, IReadOnlyList<ArticleToStore> Articles, ClusterChanges Changes, DateTime IngestedUtc)
{
    /// <summary>The intake chunk this batch is (<c>chorus node</c>): its mark moves in the same transaction, or the batch fails.</summary>
    public IntakeMark? Intake { get; init; }
}

/// <summary>A partition's last committed intake chunk.</summary>
public sealed record IntakeMark(string Partition, long Chunk);

/// <summary>What a run did, saved when it finishes.</summary>
public sealed record RunTotals(int Added, int AlreadyStored, int Copies, int NewStories, int Warnings);

/// <summary>A story as listed by <c>chorus stories</c>.</summary>
public sealed record StoryRow(long Id, string Headline, int IndependentSources, int Articles, DateTime FirstSeen, DateTime LastSeen, bool Closed)
{
    /// <summary>Starts at 1 and moves each time the story's articles change (a brief is cached per version).</summary>
    public int Version { get; init; } = 1;
}

/// <summary>Which stories to list.</summary>
public sealed record StoryQuery
{
    public DateTime? Since { get; init; }

    public int MinSources { get; init; } = 1;

    /// <summary>At most this many stories, at least 1 (SQLite would read a negative limit as no limit at all).</summary>
    public int Limit { get; init => field = Guard.AtLeast(value, 1, nameof(Limit)); } = 1000;
}

/// <summary>A stored article as the brief pipeline reads it again.</summary>
public sealed record StoredDocument(string ArticleId, RawDocument Raw, DateTime Time, bool TimeIsIngestTime);

/// <summary>An article matching a full-text query, with its story and a snippet.</summary>
public sealed record SearchHit(string ArticleId, long StoryId, string? Title, string Outlet, string Snippet, double Rank);

/// <summary>Row counts of the store.</summary>
public sealed record StoreCounts(long Articles, long Sentences, long Copies, long Stories, long Runs);

/// <summary>The store cannot be used: a file that is not a Chorus database, a newer schema, a damaged file.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
