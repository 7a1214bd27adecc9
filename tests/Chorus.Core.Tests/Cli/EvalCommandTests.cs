using System.Text.Json;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-eval-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EvalRougeScoresEveryGoodLineAsRougeScoreDoesAndNamesTheBadOne()
    {
        var golden = File.ReadLines(Path.Combine(RepoPaths.Data, "rouge", "golden.jsonl")).Take(2).ToList();
        var pairs = Path.Combine(folder, "pairs.jsonl");
        File.WriteAllLines(pairs, [golden[0], "{\"prediction\": 3}", golden[1]]);

        var result = CliRunner.Run("eval", "rouge", "--pairs", pairs);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pairs.jsonl:2:", result.Stderr, StringComparison.Ordinal);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        for (var i = 0; i < 2; i++)
        {
            using var expected = JsonDocument.Parse(golden[i]);
            using var actual = JsonDocument.Parse(lines[i]);
            Assert.Equal(expected.RootElement.GetProperty("id").GetString(), actual.RootElement.GetProperty("id").GetString());
            foreach (var name in new[] { "rouge1", "rouge2", "rougeL", "rougeLsum" })
            {
                Assert.Equal(
                    expected.RootElement.GetProperty("scores").GetProperty(name).GetProperty("fmeasure").GetDouble(),
                    actual.RootElement.GetProperty("scores").GetProperty(name).GetProperty("fmeasure").GetDouble(),
                    1e-9);
            }
        }
    }

    [Fact]
    public void EvalSummarizeWritesTheTableAndByteStableJsonAndSkipsABadCluster()
    {
        var data = Path.Combine(folder, "clusters.jsonl");
        File.WriteAllLines(data, [Cluster("T1", "river"), "not json", Cluster("T2", "storm")]);
        var json = Path.Combine(folder, "scores.json");

        var result = CliRunner.Run("eval", "summarize", "--data", data, "--words", "20", "--systems", "lead,chorus,chorus-newswire", "--json", json);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("clusters.jsonl:2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("| lead ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| chorus ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| chorus-newswire ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 clusters", result.Stdout, StringComparison.Ordinal);
        var first = File.ReadAllBytes(json);
        using var report = JsonDocument.Parse(first);
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(20, root.GetProperty("words").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("bytes").ValueKind);
        Assert.Equal("chorus-newswire", root.GetProperty("reference").GetString());
        var systems = root.GetProperty("systems").EnumerateArray().ToList();
        Assert.Equal(["lead", "chorus", "chorus-newswire"], systems.Select(s => s.GetProperty("name").GetString()));
        foreach (var system in systems)
        {
            var rouge1 = system.GetProperty("rouge1");
            Assert.InRange(rouge1.GetProperty("fmeasure").GetDouble(), 0.05, 1.0);
            Assert.InRange(rouge1.GetProperty("fmeasureLow").GetDouble(), 0, rouge1.GetProperty("fmeasure").GetDouble());
            Assert.InRange(rouge1.GetProperty("fmeasureHigh").GetDouble(), rouge1.GetProperty("fmeasure").GetDouble(), 1.0);
        }

        // Every other system is compared with the reference configuration, including the brief's own.
        var reference = systems[2];
        foreach (var other in systems.Take(2))
        {
            var versus = other.GetProperty("versusChorus");
            Assert.Equal(2, versus.GetProperty("clusters").GetInt32());
            Assert.Equal(
                reference.GetProperty("rouge1").GetProperty("fmeasure").GetDouble() - other.GetProperty("rouge1").GetProperty("fmeasure").GetDouble(),
                versus.GetProperty("rouge1Delta").GetDouble(),
                1e-12);
            Assert.InRange(versus.GetProperty("rouge2Delta").GetDouble(), versus.GetProperty("rouge2DeltaLow").GetDouble(), versus.GetProperty("rouge2DeltaHigh").GetDouble());
        }

        Assert.False(reference.TryGetProperty("versusChorus", out _));
        Assert.Contains("chorus-newswire − system", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| lead ", result.Stdout[result.Stdout.IndexOf("| versus", StringComparison.Ordinal)..], StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("eval", "summarize", "--data", data, "--words", "20", "--systems", "lead,chorus,chorus-newswire", "--json", json).ExitCode);
        Assert.Equal(first, File.ReadAllBytes(json));
        var toStdout = CliRunner.Run("eval", "summarize", "--data", data, "--words", "20", "--systems", "lead,chorus,chorus-newswire", "--format", "json");
        Assert.Equal(first, toStdout.StdoutBytes);
    }

    [Fact]
    public void ChorusIsTheBriefsSummarizerAndChorusNewswireTheTunedOne()
    {
        var data = Path.Combine(folder, "clusters.jsonl");
        File.WriteAllLines(data, [Cluster("T1", "river")]);
        var summaries = Path.Combine(folder, "summaries.jsonl");
        var table = Path.Combine(folder, "table.txt");

        var result = CliRunner.Run("eval", "summarize", "--data", data, "--words", "30", "--systems", "chorus,chorus-newswire", "--summaries", summaries, "--out", table);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("| chorus-newswire ", File.ReadAllText(table), StringComparison.Ordinal);
        var written = File.ReadAllLines(summaries).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("system").GetString()!, e => e.GetProperty("summary").GetString()!);
        Assert.Equal(["chorus", "chorus-newswire"], written.Keys.Order(StringComparer.Ordinal));

        // Briefs quote their sources exactly; only the newswire configuration trims sentences (here, the weekday).
        Assert.Contains("on Sunday", written["chorus"], StringComparison.Ordinal);
        Assert.NotEqual(written["chorus"], written["chorus-newswire"]);
    }

    [Fact]
    public void AnyRunSystemCanBeTheOneTheOthersAreComparedWith()
    {
        var data = Path.Combine(folder, "clusters.jsonl");
        File.WriteAllLines(data, [Cluster("T1", "river"), Cluster("T2", "storm")]);

        var result = CliRunner.Run("eval", "summarize", "--data", data, "--words", "20", "--systems", "lead,chorus", "--reference", "chorus", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("chorus", root.GetProperty("reference").GetString());
        var lead = root.GetProperty("systems").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "lead");
        Assert.Equal(2, lead.GetProperty("versusChorus").GetProperty("clusters").GetInt32());
        var unknown = CliRunner.Run("eval", "summarize", "--data", data, "--systems", "lead", "--reference", "nosuch");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("nosuch", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSystemOrBothLimitsAreRefused()
    {
        var data = Path.Combine(folder, "clusters.jsonl");
        File.WriteAllLines(data, [Cluster("T1", "river")]);
        var unknown = CliRunner.Run("eval", "summarize", "--data", data, "--systems", "lead,nosuch");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("nosuch", unknown.Stderr, StringComparison.Ordinal);
        var both = CliRunner.Run("eval", "summarize", "--data", data, "--words", "5", "--bytes", "50");
        Assert.NotEqual(0, both.ExitCode);
        Assert.Contains("not both", both.Stderr + both.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("eval", "summarize", "--data", Path.Combine(folder, "missing.jsonl")).ExitCode);
    }

    private static string Cluster(string id, string cause) => JsonSerializer.Serialize(new
    {
        id,
        articles = new[]
        {
            new { text = $"The {cause} flooded the valley town on Sunday. Officials said forty homes were damaged by the water. A bakery gave away bread.", doc_index = 1 },
            new { text = $"Forty homes were damaged when the {cause} flooded the valley on Sunday, officials said. Schools will stay closed on Monday.", doc_index = 2 },
        },
        summaries = new[] { $"The {cause} flooded the valley on Sunday.\nForty homes were damaged." },
    });
}
