using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Text;

namespace Chorus.Core.Tests.Facts;

/// <summary>Articles made from literal text (paragraphs split at blank lines), and the facts of them.</summary>
internal static class FactArticles
{
    public static Article Make(string text, DateOnly? published = null, string id = "a1", string outlet = "Test Wire") =>
        new(
            id,
            id + ".txt",
            null,
            new Outlet(outlet, new Evidence("test", outlet)),
            published is { } d ? new ArticleDate(d, null, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new Evidence("test", "")) : null,
            text,
            SentenceReader.ParagraphSpans(text).Select(s => new Paragraph(s, ParagraphKind.Body)).ToList(),
            []);

    public static FactSet Facts(params Article[] articles) =>
        FactExtractor.Extract(articles.Select((a, i) => new FactSource(a, i + 1, SentenceReader.Read(a.Id, a.Text, a.Paragraphs.Select(p => p.Span)))).ToList());

    public static List<Quantity> Quantities(string text) => Facts(Make(text)).Quantities.ToList();
}
