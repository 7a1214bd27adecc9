using System.CommandLine;
using System.Globalization;
using System.Text;
using Chorus.Core.Documents;
using Chorus.Evaluation;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval rouge --pairs FILE</c>: rouge_score-compatible scores of any prediction/reference pairs.</summary>
internal static class EvalRougeCommand
{
    public static Command Create()
    {
        var pairs = new Option<FileInfo>("--pairs") { Description = "JSON lines with \"prediction\" and \"reference\" (and optionally \"id\").", Required = true };
        var output = CliOptions.FileToWrite(new Option<FileInfo?>("--out") { Description = "Write the score lines to this file instead of standard output." });
        var command = new Command("rouge", "Score prediction/reference pairs with ROUGE-1/2/L/Lsum exactly as rouge_score does (Porter stemming).")
        {
            pairs, output,
        };
        command.SetAction(parse => Run(parse.GetValue(pairs)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo pairsFile, FileInfo? output)
    {
        if (!pairsFile.Exists)
        {
            Terminal.Error($"{pairsFile}: no such file");
            return ExitCodes.BadArguments;
        }

        var read = RougePairs.Read(pairsFile.FullName);
        var pairs = read.Values().ToList();
        var problems = read.Problems().ToList();
        if (DataFileProblems.Report(pairsFile, problems, pairs.Count, "a file of prediction/reference pairs") is { } refused)
        {
            return refused;
        }

        if (pairs.Count == 0)
        {
            Terminal.Error($"{pairsFile}: no case could be scored");
            return ExitCodes.NothingUsable;
        }

        var lines = new StringBuilder();
        var all = new List<RougeScores>();
        foreach (var pair in pairs)
        {
            var scores = RougeScorer.Score(pair.Prediction, pair.Reference);
            all.Add(scores);
            lines.Append(EvaluationJson.ScoreLine(pair, scores)).Append('\n');
        }

        var aggregate = SummarizationEvaluator.Aggregate(all);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pairs.Count} cases scored, {problems.Count} skipped; mean F1 with 95% bootstrap CI: ")
            + string.Join("  ", RougeScores.Names.Select(n => $"{n} {EvalTable.WithInterval(aggregate[n])}")));
        return Terminal.WriteResult(lines.ToString(), output);
    }
}
