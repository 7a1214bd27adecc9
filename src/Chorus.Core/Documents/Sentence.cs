namespace Chorus.Core.Documents;

/// <summary>
/// A sentence of an article: its position, exact span in <see cref="Article.Text"/>, text, and the stemmed content
/// terms used for matching (lower-cased, stop words removed).
/// </summary>
public sealed record Sentence(string ArticleId, int Index, TextSpan Span, string Text, IReadOnlyList<string> Terms)
{
    /// <summary>Index of the body paragraph the sentence is in (0 = lead paragraph).</summary>
    public int Paragraph { get; init; }

    /// <summary>
    /// The sentence starts or ends inside a quotation that spans several sentences, so it does not stand alone.
    /// </summary>
    public bool IsQuoteFragment { get; init; }
}
