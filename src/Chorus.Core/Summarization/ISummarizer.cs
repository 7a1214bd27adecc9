using Chorus.Core.Documents;

namespace Chorus.Core.Summarization;

/// <summary>One source document as a summarizer sees it: its sentences in order, and who published it.</summary>
public sealed record SummaryDocument(string Id, string Source, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>Id of the document this one is a near-copy of, if any (copies are not independent sources).</summary>
    public string? CopyOf { get; init; }
}

/// <summary>
/// A length limit for a summary: at most so many words, or so many bytes of UTF-8 (DUC's rule). Exactly one of
/// the two, and at least 1: a budget with both, neither, or nothing to spend is refused when made.
/// </summary>
public sealed record SummaryBudget
{
    public SummaryBudget(int? words, int? bytes)
    {
        if ((words is null) == (bytes is null))
        {
            throw new ArgumentException(words is null
                ? "A summary budget needs a number of words or of bytes; neither was given."
                : "A summary budget is in words or in bytes, never both.", words is null ? nameof(words) : nameof(bytes));
        }

        Words = words is { } w ? Guard.AtLeast(w, 1, nameof(words)) : null;
        Bytes = bytes is { } b ? Guard.AtLeast(b, 1, nameof(bytes)) : null;
    }

    public int? Words { get; }

    public int? Bytes { get; }

    /// <summary>
    /// The last sentence may run past the limit and the caller cuts the summary there (DUC's rule: whatever lies
    /// past 665 bytes is not read), so the budget is filled to the limit.
    /// </summary>
    public bool CutLast { get; init; }

    public static SummaryBudget OfWords(int words) => new(words, null);

    public static SummaryBudget OfBytes(int bytes) => new(null, bytes);
}

/// <summary>An extractive summarizer: picks sentences of the documents, in the order they should be read.</summary>
public interface ISummarizer
{
    string Name { get; }

    IReadOnlyList<Sentence> Summarize(IReadOnlyList<SummaryDocument> documents, SummaryBudget budget);
}
