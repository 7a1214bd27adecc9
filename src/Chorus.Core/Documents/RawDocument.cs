namespace Chorus.Core.Documents;

/// <summary>What kind of content a raw document holds; decides which reader turns it into an article.</summary>
public enum ContentKind
{
    PlainText,
    Html,

    /// <summary>
    /// A page not fetched yet: its <see cref="RawDocument.Url"/> is fetched by the node that prepares it
    /// (<c>chorus enqueue</c> defers fetching to the nodes); never read as an article before that.
    /// </summary>
    PageToFetch,
}

/// <summary>
/// One input item before cleaning: a text file, an HTML page, a feed item, a WARC record or a JSONL line.
/// <paramref name="Origin"/> names it for users (a path, URL, "file.warc.gz@1234", "feed.xml#3").
/// The hints carry metadata the container already knew (feed title, WARC date, JSONL fields).
/// </summary>
public sealed record RawDocument(string Origin, string Content, ContentKind Kind)
{
    public string? Url { get; init; }
    public string? TitleHint { get; init; }
    public string? OutletHint { get; init; }

    /// <summary>The outlet the user named for this input (<c>--outlet</c>, <c>--outlets FILE</c>): it beats every clue in the text.</summary>
    public string? OutletGiven { get; init; }
    public string? DateHint { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>
    /// The stored article this document is a new version of (a feed item that changed), when its ingest is left to
    /// the nodes: the story writer replaces that article once this one is stored.
    /// </summary>
    public string? ReplacesArticle { get; init; }
}
