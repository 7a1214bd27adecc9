using System.Text.Json;
using Chorus.Core.Summarization;
using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public class PublishedScoresTests
{
    private static readonly string Val = Path.Combine(RepoPaths.Data, "duc2004", "val");

    private static readonly SummarizationDataSet Data = SummarizationDataReader.Read(Path.Combine(Val, "clusters.jsonl")).Value;

    [Fact]
    public void DucValReadsWholeWithTheByteRule()
    {
        Assert.Empty(Data.Problems);
        Assert.Equal(25, Data.Clusters.Count);
        Assert.All(Data.Clusters, c => Assert.Equal(4, c.References.Count));
        Assert.Equal(SummaryBudget.OfBytes(665), Data.DefaultBudget);
        Assert.Equal(13 * 25, Data.Published.Count);
    }

    [Fact]
    public void ScoringThePublishedOutputsReproducesSystemScores()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Val, "system_scores.json")));
        var systems = SummarizationSystems.Published(Data);
        Assert.Equal(13, systems.Count);
        foreach (var system in systems)
        {
            var result = SummarizationEvaluator.Evaluate(Data, system, Data.DefaultBudget);
            var want = expected.RootElement.GetProperty(system.Name[SummarizationEvaluator.PublishedPrefix.Length..]);
            Assert.Equal(want.GetProperty("r1F").GetDouble(), result.Aggregates["rouge1"].Fmeasure, 1e-4);
            Assert.Equal(want.GetProperty("r2F").GetDouble(), result.Aggregates["rouge2"].Fmeasure, 1e-4);
            Assert.Equal(want.GetProperty("rLsumF").GetDouble(), result.Aggregates["rougeLsum"].Fmeasure, 1e-4);
            Assert.Equal(want.GetProperty("r1R").GetDouble(), result.Aggregates["rouge1"].Recall, 1e-4);
        }
    }

    [Fact]
    public void EveryPublishedSummaryMatchesItsRougeScoreMeanOverReferences()
    {
        var clusters = Data.Clusters.ToDictionary(c => c.Id);
        var checkedRows = 0;
        foreach (var line in File.ReadLines(Path.Combine(Val, SummarizationDataReader.PublishedFileName)))
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var scores = RougeScorer.ScoreAgainstAll(root.GetProperty("summary").GetString()!, clusters[root.GetProperty("id").GetString()!].References);
            foreach (var name in RougeScores.Names)
            {
                var want = root.GetProperty("rouge_score_mean_over_refs").GetProperty(name);
                Assert.Equal(want.GetProperty("fmeasure").GetDouble(), scores[name].Fmeasure, 1e-9);
                Assert.Equal(want.GetProperty("recall").GetDouble(), scores[name].Recall, 1e-9);
            }

            checkedRows++;
        }

        Assert.Equal(325, checkedRows);
    }
}
