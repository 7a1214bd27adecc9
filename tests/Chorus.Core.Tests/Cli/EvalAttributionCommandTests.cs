using System.Text.Json;
using Chorus.Core.Tests.Support;
using Xunit;

namespace Chorus.Core.Tests.Cli;

/// <summary>The real <c>chorus eval attribution</c> on a small corpus written for the test.</summary>
public sealed class EvalAttributionCommandTests : IDisposable
{
    private const string Quote = "“We opened every school to families who lost their homes,” Governor Amira Sadeq said.";
    private const string Reported = "Officials said the spillway gate jammed late on Saturday.";

    private readonly string folder = Directory.CreateTempSubdirectory("chorus-eval-attribution-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ScoresChorusAndTheBaselineAndWritesPredictionsAndJson()
    {
        var data = Path.Combine(folder, "corpus.jsonl");
        File.WriteAllLines(data,
        [
            Line("a1", "wire", Quote, Relation(Quote, "“We opened every school to families who lost their homes,”", "Governor Amira Sadeq", direct: true)),
            Line("a2", "paper", Reported, Relation(Reported, "the spillway gate jammed late on Saturday", "Officials", direct: false)),
        ]);
        var json = Path.Combine(folder, "scores.json");
        var predictions = Path.Combine(folder, "predictions.jsonl");

        var result = CliRunner.Run("eval", "attribution", "--data", data, "--predictions", predictions, "--json", json);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| chorus ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| baseline ", result.Stdout, StringComparison.Ordinal);
        using var scores = JsonDocument.Parse(File.ReadAllText(json));
        var root = scores.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1.0, root.GetProperty("direct").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("all").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("all").GetProperty("sourceAccuracy").GetDouble());
        Assert.Equal(["paper", "wire"], root.GetProperty("publishers").EnumerateObject().Select(p => p.Name).ToArray());

        // The baseline takes the quote but not the reported speech, and names the nearest capitalised run after it.
        var baseline = root.GetProperty("baseline");
        Assert.Equal(0.5, baseline.GetProperty("all").GetProperty("recall").GetDouble());

        var lines = File.ReadAllLines(predictions);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var relation = first.RootElement.GetProperty("attributions")[0];
        Assert.Equal("a1", first.RootElement.GetProperty("id").GetString());
        Assert.True(relation.GetProperty("direct").GetBoolean());
        Assert.Equal("Amira Sadeq", relation.GetProperty("speaker").GetString());
        Assert.Equal(Quote.IndexOf("Governor", StringComparison.Ordinal), relation.GetProperty("source").GetProperty("start").GetInt32());

        // The vocabulary of every report command: --format json writes the same document, --out replaces stdout.
        var written = Path.Combine(folder, "out.json");
        var asJson = CliRunner.Run("eval", "attribution", "--data", data, "--format", "json", "--out", written);
        Assert.Equal(0, asJson.ExitCode);
        Assert.Equal("", asJson.Stdout);
        Assert.Equal(File.ReadAllText(json), File.ReadAllText(written));
    }

    [Fact]
    public void AMissingFileOrABadLineIsNamedWithoutAStackTrace()
    {
        var missing = CliRunner.Run("eval", "attribution", "--data", Path.Combine(folder, "none.jsonl"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.jsonl", missing.Stderr, StringComparison.Ordinal);

        var bad = Path.Combine(folder, "bad.jsonl");
        File.WriteAllLines(bad, [Line("a1", "wire", Quote), "{ not json"]);
        var malformed = CliRunner.Run("eval", "attribution", "--data", bad);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("bad.jsonl:2: not an attribution article", malformed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", malformed.Stderr, StringComparison.Ordinal);
    }

    private static object Relation(string text, string content, string source, bool direct)
    {
        var c = text.IndexOf(content, StringComparison.Ordinal);
        var s = text.IndexOf(source, StringComparison.Ordinal);
        return new
        {
            source = new { start = s, end = s + source.Length, text = source },
            cue = (object?)null,
            content = new { start = c, end = c + content.Length, text = content },
            direct,
        };
    }

    private static string Line(string id, string publisher, string text, params object[] attributions) =>
        JsonSerializer.Serialize(new { id, publisher, text, attributions });
}
