namespace Chorus.Core.Documents;

/// <summary>How a piece of metadata was found: the method and the exact text it came from.</summary>
public sealed record Evidence(string Method, string Text);

/// <summary>Where one metadata field of an article (title, byline, language, url) was found.</summary>
public sealed record FieldEvidence(string Field, Evidence Evidence);

/// <summary>The outlet that published an article, with where its name was found.</summary>
public sealed record Outlet(string Name, Evidence Evidence);

/// <summary>
/// An article's publication date as stated by its source (<see cref="Stated"/>), the calendar date it means,
/// and the time of day when the source gave one.
/// </summary>
public sealed record ArticleDate(DateOnly Date, TimeOnly? Time, string Stated, Evidence Evidence)
{
    /// <summary>The instant the article counts as published: its date and time, midnight UTC for a bare date.</summary>
    public DateTime Instant => new(Date, Time ?? TimeOnly.MinValue, DateTimeKind.Utc);

    public string ToIsoString() => Time is { } t
        ? new DateTime(Date, t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public enum ParagraphKind
{
    Body,
    Heading,
}

/// <summary>A paragraph of the cleaned article text.</summary>
public sealed record Paragraph(TextSpan Span, ParagraphKind Kind);

/// <summary>A line removed by the cleaner, with the rule that removed it, kept so users can audit cleaning.</summary>
public sealed record RemovedLine(int LineNumber, string Text, string Reason);

/// <summary>
/// A cleaned article. <see cref="Text"/> is the cleaned body (paragraphs separated by blank lines); every span in
/// the pipeline (sentences, facts) points into it. <see cref="Id"/> is a hash of the normalized body text.
/// </summary>
public sealed record Article(
    string Id,
    string Origin,
    string? Title,
    Outlet Outlet,
    ArticleDate? Published,
    string Text,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<RemovedLine> Removed)
{
    public string? Url { get; init; }
    public string? Byline { get; init; }
    public string? Language { get; init; }
    public string? Dateline { get; init; }

    /// <summary>Where the title, byline, language and url came from (HTML pages; empty for text scrapes).</summary>
    public IReadOnlyList<FieldEvidence> Provenance { get; init; } = [];

    public string ParagraphText(Paragraph paragraph) => Text.Substring(paragraph.Span.Start, paragraph.Span.Length);
}
