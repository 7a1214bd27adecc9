namespace Chorus.Core.Storage;

/// <summary>The orders a story list can be read in.</summary>
public enum StoryOrder
{
    /// <summary>Most independent sources first, then most articles, then the latest.</summary>
    MostCovered,

    /// <summary>Most recently updated first.</summary>
    Newest,
}

/// <summary>One page of the story list, filtered by outlet, time and text.</summary>
public sealed record StoryListQuery
{
    /// <summary>Most stories one page shows: a page is read by a person, and a longer one only costs time.</summary>
    public const int MaxLimit = 200;

    public StoryOrder Order { get; init; } = StoryOrder.MostCovered;

    /// <summary>Only stories with an article from this outlet (case-insensitive, the whole name).</summary>
    public string? Outlet { get; init; }

    /// <summary>Only stories with an article at or after this time.</summary>
    public DateTime? From { get; init; }

    /// <summary>Only stories that started before this time.</summary>
    public DateTime? Until { get; init; }

    /// <summary>Only stories with an article matching this full-text query.</summary>
    public SearchQuery? Text { get; init; }

    public int MinSources { get; init; } = 1;

    public int Offset { get; init; }

    public int Limit { get; init; } = 25;
}

/// <summary>A page of stories, the number of stories matching the query, and each listed story's outlets.</summary>
public sealed record StoryListPage(IReadOnlyList<StoryRow> Stories, int Total, IReadOnlyDictionary<long, IReadOnlyList<OutletCount>> Outlets);

/// <summary>An outlet and how many of a story's articles it published.</summary>
public sealed record OutletCount(string Outlet, int Articles);

/// <summary>
/// An article of a story as the store keeps it: how it joined (new, similar, copy), the score that decided it, and
/// the article it copies.
/// </summary>
public sealed record StoryMember(string ArticleId, string? Title, string Outlet, DateTime Published, bool PublishedIsIngestTime, string JoinedAs, double Score)
{
    public string? CopyOf { get; init; }
}

/// <summary>A stored article: its cleaned text as ingested, its story, and where it came from.</summary>
public sealed record StoredArticle(string Id, long StoryId, string Origin, string? Url, string? Title, string Outlet, DateTime Published, bool PublishedIsIngestTime, DateTime Ingested, string Text);

/// <summary>One page of full-text hits, with whether more follow.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool More);

/// <summary>A story with articles matching a full-text query, and how many of the best matches are its articles.</summary>
public sealed record StoryHit(StoryRow Story, int MatchingArticles);

/// <summary>
/// A brief built for one version of a story: the brief's JSON (as <c>chorus show --format json</c> writes it), the
/// cleaned text of each source it was built from (JSON object, article id to text: spans point into these), when,
/// and by which Chorus build. Rows are kept when the story moves on, so versions can be compared.
/// </summary>
public sealed record StoredBrief(long StoryId, int Version, DateTime Created, string BuiltBy, string BriefJson, string TextsJson);

/// <summary>Where a newly stored article went: its input, its id and its story.</summary>
public sealed record ArticlePlacement(long Seq, string Origin, string ArticleId, long StoryId);
