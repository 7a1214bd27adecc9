using Chorus.Core.Summarization;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public sealed class SummarizationDataReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void MalformedLineIsNamedByNumberAndTheRestIsRead()
    {
        var path = Path.Combine(folder, "clusters.jsonl");
        File.WriteAllLines(path,
        [
            Cluster("C1"),
            "{\"id\": \"C2\", \"articles\": [",
            "{\"id\": \"C3\", \"articles\": [], \"summaries\": [\"x\"]}",
            Cluster("C4"),
        ]);

        var data = SummarizationDataReader.Read(path).Value;

        Assert.Equal(["C1", "C4"], data.Clusters.Select(c => c.Id));
        Assert.Equal([$"{path}:2", $"{path}:3"], data.Problems.Select(p => p.Input));
        Assert.StartsWith("not a cluster: ", data.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("C3 has no articles", data.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal(SummaryBudget.OfWords(SummarizationDataReader.DefaultWords), data.DefaultBudget);
        Assert.Empty(data.Published);
    }

    [Fact]
    public void ArticlesKeepTheirIndexAndReferencesTheirLines()
    {
        var path = Path.Combine(folder, "clusters.jsonl");
        File.WriteAllLines(path, [Cluster("C1")]);
        var cluster = Assert.Single(SummarizationDataReader.Read(path).Value.Clusters);
        Assert.Equal([3, 7], cluster.Articles.Select(a => a.Index));
        Assert.Equal("Rain fell.\nRivers rose.", Assert.Single(cluster.References));
    }

    private static string Cluster(string id) =>
        $$"""{"id": "{{id}}", "articles": [{"text": "Rain fell on the town.", "doc_index": 3}, {"text": "Rivers rose fast.", "doc_index": 7}], "summaries": ["Rain fell.\nRivers rose."]}""";
}
