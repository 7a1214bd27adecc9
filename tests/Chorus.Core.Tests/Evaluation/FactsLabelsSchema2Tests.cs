using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

/// <summary>Schema 2 fact labels: a cluster of a JSON-lines set, quotes by hashed spans, dates without a year.</summary>
public sealed class FactsLabelsSchema2Tests : IDisposable
{
    private const string Article = "The mayor spoke on Monday. ``We will rebuild the \nbridge by spring,'' she said.";
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-facts2-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ReadsTheClustersArticlesAndTheQuotesWordsFromTheirSpans()
    {
        var labels = WriteSet(Hash(QuoteSpan()));
        var read = FactsLabelArticles.Read(labels, FactsLabels.Load(labels).Value);

        Assert.True(read.Succeeded, read.Problem?.ToString());
        var document = Assert.Single(read.Value.Documents);
        Assert.EndsWith("clusters.jsonl:2#1", document.Origin, StringComparison.Ordinal);
        Assert.Equal("1", FactsLabelArticles.ArticleName(document.Origin));
        var quote = Assert.Single(read.Value.Labels.Quotes!);
        Assert.Equal("We will rebuild the \nbridge by spring", quote.Text);
        Assert.Equal(Article, document.Content);
    }

    [Fact]
    public void ASpanWhoseHashDiffersIsRefusedNamingTheLabelFile()
    {
        var labels = WriteSet("000000000000");
        var read = FactsLabelArticles.Read(labels, FactsLabels.Load(labels).Value);
        Assert.Equal(labels, read.Problem?.Input);
        Assert.Contains("does not match its hash", read.Problem?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-09-24", "2026-09-24", "--09-24", true)]
    [InlineData("2026-09-25", "2026-09-25", "--09-24", false)]
    [InlineData("1998-07-01", "1998-07-31", "--07", true)]
    [InlineData("1998-01-01", "1998-12-31", "1998", true)]
    [InlineData("1975-01-01", "1990-12-31", "1975-01-01/1990-12-31", true)]
    [InlineData("1998-07-01", "1998-07-31", "1998", false)]
    public void DatesWithAndWithoutAYearMatch(string from, string to, string label, bool matches) =>
        Assert.Equal(matches, FactsScorer.DateMatches(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), label));

    private static string QuoteSpan() => Article[Article.IndexOf("``", StringComparison.Ordinal)..(Article.IndexOf("''", StringComparison.Ordinal) + 2)];

    private string WriteSet(string quoteHash)
    {
        var start = Article.IndexOf("``", StringComparison.Ordinal);
        var end = Article.IndexOf("''", StringComparison.Ordinal) + 2;
        var other = JsonSerializer.Serialize(new { id = "OTHER", articles = new[] { new { text = "Another story.", doc_index = 1 } } });
        var line = JsonSerializer.Serialize(new { id = "C1", articles = new[] { new { text = Article, doc_index = 1 } } });
        File.WriteAllText(Path.Combine(folder, "clusters.jsonl"), other + "\n" + line + "\n");
        var labels = Path.Combine(folder, "c1.facts.json");
        File.WriteAllText(labels, $$"""
            {"schemaVersion": 2, "articles": "clusters.jsonl", "cluster": "C1",
             "quotes": [{"speaker": "mayor", "mentions": [{"article": "1", "spans": [{"start": {{start}}, "end": {{end}}, "sha256": "{{quoteHash}}"}]}]}],
             "dates": [{"article": "1", "phrase": "Monday", "date": null}]}
            """);
        return labels;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
