using System.Text.Json;
using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public class RougeScorerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void EveryGoldenCaseMatchesRougeScore()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Data, "rouge", "golden.jsonl"));
        Assert.True(lines.Length >= 400);
        var mismatches = new List<string>();
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var scores = RougeScorer.Score(root.GetProperty("prediction").GetString()!, root.GetProperty("reference").GetString()!);
            foreach (var name in RougeScores.Names)
            {
                var expected = root.GetProperty("scores").GetProperty(name);
                var actual = scores[name];
                Check(mismatches, root, name, "precision", expected, actual.Precision);
                Check(mismatches, root, name, "recall", expected, actual.Recall);
                Check(mismatches, root, name, "fmeasure", expected, actual.Fmeasure);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    [Fact]
    public void TokenizerLowerCasesSplitsOnNonAlphanumericsAndStemsLongTokens()
    {
        Assert.Equal(["the", "cat", "were", "run", "fast", "in", "2024", "s", "citi"], RougeTokenizer.Tokenize("The CATS were running, fast—in 2024's cities!"));
        Assert.Equal(["i", "stanbul"], RougeTokenizer.Tokenize("İstanbul"));
        Assert.Empty(RougeTokenizer.Tokenize(" … — "));
    }

    [Fact]
    public void LsumUsesTheUnionLcsOverPredictionLines()
    {
        // Reference sentence tokens "a b c d" are matched partly by each prediction line: the union covers all four.
        var score = RougeScorer.Score("a b\nc d", "a b c d");
        Assert.Equal(1.0, score.RougeLsum.Recall, Tolerance);
        Assert.Equal(1.0, score.RougeL.Recall, Tolerance);
        var swapped = RougeScorer.Score("c d\na b", "a b c d");
        Assert.Equal(1.0, swapped.RougeLsum.Recall, Tolerance);
        Assert.Equal(0.5, swapped.RougeL.Recall, Tolerance);
    }

    private static void Check(List<string> mismatches, JsonElement root, string name, string field, JsonElement expected, double actual)
    {
        var want = expected.GetProperty(field).GetDouble();
        if (Math.Abs(want - actual) > Tolerance)
        {
            mismatches.Add($"{root.GetProperty("id").GetString()} {name}.{field}: expected {want:R}, got {actual:R}");
        }
    }
}
