using System.IO.Compression;
using Chorus.Core.Documents;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

/// <summary>The evaluation data-set loaders give a value or a problem naming the file (and line), never an exception.</summary>
public sealed class DataSetLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-data-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AMalformedPairLineIsAProblemWithItsLineNumber()
    {
        var path = Write("pairs.jsonl", """
            {"prediction": "the dam held", "reference": "the dam held firm", "id": "a"}

            {"prediction": "the gate jammed"
            {"prediction": 3, "reference": "the gate jammed"}
            """);

        var results = RougePairs.Read(path);

        var pair = Assert.Single(results.Values());
        Assert.Equal((1, "a"), (pair.LineNumber, pair.Id));
        Assert.Equal([$"{path}:3", $"{path}:4"], results.Problems().Select(p => p.Input));
        Assert.All(results.Problems(), p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        Assert.Contains("needs string fields", results.Problems().Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AClusteringSetWithALineMissingAFieldNamesTheLineAndTheField()
    {
        var path = Write("headlines.jsonl", """
            {"id": 1, "title": "Dam gate jams in storm", "story": "dam", "timestamp_ms": 1000}
            {"id": 2, "title": "Town evacuated as river rises", "timestamp_ms": 2000}
            """);

        var result = ClusteringData.Read(path);

        Assert.Equal($"{path}:2", result.Problem?.Input);
        Assert.Equal("not a labelled clustering set: \"story\" is missing", result.Problem?.Message);
    }

    [Fact]
    public void AnEmptyOrUnknownClusteringSetIsNamed()
    {
        var empty = Write("empty.jsonl", "\n\n");
        Assert.Equal(new InputProblem(empty, "not a labelled clustering set: no lines", ProblemSeverity.Error), ClusteringData.Read(empty).Problem);

        var other = Write("other.jsonl", "{\"name\": \"something else\"}\n");
        Assert.Contains("neither a headline set", ClusteringData.Read(other).Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellFormedClusteringSetIsRead()
    {
        var path = Write("headlines.jsonl", """
            {"id": 2, "title": "Town evacuated as river rises", "story": "flood", "timestamp_ms": 2000}
            {"id": 1, "title": "Dam gate jams in storm", "story": "dam", "timestamp_ms": 1000}
            """);

        var set = ClusteringData.Read(path).Value;

        Assert.Equal(["dam", "flood"], set.Documents.Select(d => d.Gold));
    }

    [Fact]
    public void AnExtractionSetMissingAPageNamesThePageFile()
    {
        var set = Directory.CreateDirectory(Path.Combine(folder, "extraction")).FullName;
        File.WriteAllText(Path.Combine(set, "ground-truth.json"), """{"p1": {"url": "https://example.org/1", "articleBody": "The dam held."}}""");

        var missingPage = ExtractionDataSet.Load(set);
        Assert.Equal(Path.Combine(set, "html", "p1.html.gz"), missingPage.Problem?.Input);

        Directory.CreateDirectory(Path.Combine(set, "html"));
        using (var gzip = new GZipStream(File.Create(Path.Combine(set, "html", "p1.html.gz")), CompressionLevel.Fastest))
        {
            gzip.Write("<html><body><p>The dam held.</p></body></html>"u8);
        }

        var loaded = ExtractionDataSet.Load(set).Value;
        Assert.Equal("The dam held.", Assert.Single(loaded.Pages).Truth);
        Assert.Empty(loaded.ReferenceScores);
    }

    [Fact]
    public void AnExtractionSetWithAMalformedGroundTruthNamesTheFieldMissing()
    {
        var set = Directory.CreateDirectory(Path.Combine(folder, "extraction")).FullName;
        var truth = Path.Combine(set, "ground-truth.json");
        File.WriteAllText(truth, """{"p1": {"url": "https://example.org/1"}}""");

        var result = ExtractionDataSet.Load(set);

        Assert.Equal(truth, result.Problem?.Input);
        Assert.Contains("\"articleBody\" is missing", result.Problem?.Message, StringComparison.Ordinal);
        Assert.Contains("not an article-extraction data set", ExtractionDataSet.Load(folder).Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedFactLabelsAreAProblemNamingTheFile()
    {
        var path = Write("labels.json", "{ \"articles\": ");
        var result = FactsLabels.Load(path);
        Assert.Equal(path, result.Problem?.Input);
        Assert.StartsWith("cannot read labels: ", result.Problem?.Message, StringComparison.Ordinal);

        var unlabelled = Write("unlabelled.json", "{\"schemaVersion\": 1, \"articles\": \".\"}");
        Assert.StartsWith("not a fact label file", FactsLabels.Load(unlabelled).Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASummarizationSetThatCannotBeReadIsOneProblem()
    {
        var path = Path.Combine(folder, "absent", "clusters.jsonl");
        var result = SummarizationDataReader.Read(path);
        Assert.Equal(path, result.Problem?.Input);
        Assert.StartsWith("cannot be read: ", result.Problem?.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
