using System.CommandLine;
using System.Globalization;
using System.Text;
using Chorus.Evaluation.ReportedSpeech;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus eval attribution --data FILE.jsonl</c>: who says what, scored on an attribution corpus (content match
/// by token Jaccard ≥ 0.5, one-to-one; source right at Jaccard ≥ 0.5), for direct quotes and for all relations,
/// per publisher, next to the quote baseline.
/// </summary>
internal static class EvalAttributionCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Attribution corpus lines (id, publisher, text, attributions).", Required = true };
        var predictions = CliOptions.FileToWrite(new Option<FileInfo?>("--predictions") { Description = "Also write Chorus's relations, one JSON line per article." });
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("attribution", "Score who-says-what extraction (quotes and reported speech) on an attribution corpus.")
        {
            data, predictions,
        };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(predictions), output.From(parse)));
        return command;
    }

    private static int Run(FileInfo data, FileInfo? predictionsFile, ReportTarget target)
    {
        if (!data.Exists)
        {
            Terminal.Error($"{data}: no such file");
            return ExitCodes.BadArguments;
        }

        var articles = AttributionCorpus.Read(data.FullName);
        if (!articles.Succeeded)
        {
            Terminal.Error(articles.Problem);
            return ExitCodes.BadArguments;
        }

        var result = AttributionEvaluation.Run(data.ToString(), articles.Value);
        var report = new StringBuilder();
        report.Append(Table("system", result.Systems.Select(x => (x.Name, x.Scores)))).Append('\n');
        report.Append(Table("publisher (chorus)", result.Chorus.ByPublisher.Select(x => (x.Key, x.Value)))).Append('\n');
        report.Append(string.Create(CultureInfo.InvariantCulture,
            $"{result.Articles} articles, {result.GoldRelations} gold relations; chorus extracts {result.Chorus.ArticlesPerSecond:F0} articles/s\n"));
        if (predictionsFile is not null && Terminal.WriteResult(AttributionJson.PredictionLines(result.Chorus.Predictions), predictionsFile) != ExitCodes.Ok)
        {
            return ExitCodes.BadArguments;
        }

        return target.Write(() => AttributionJson.Report(result), (_, plain) => plain.Write(report.ToString()));
    }

    /// <summary>A Markdown table: one row per name, precision, recall, F1 and source accuracy for direct and all.</summary>
    private static string Table(string first, IEnumerable<(string Name, AttributionScores Scores)> rows)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| {first,-20} | direct P | direct R | direct F1 | direct src | all P | all R | all F1 | all src |\n");
        text.Append("|----------------------|---------:|---------:|----------:|-----------:|------:|------:|-------:|--------:|\n");
        foreach (var (name, s) in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {name,-20} | {s.Direct.Precision,8:0.000} | {s.Direct.Recall,8:0.000} | {s.Direct.F1,9:0.000} | {s.Direct.SourceAccuracy,10:0.000} | {s.All.Precision,5:0.000} | {s.All.Recall,5:0.000} | {s.All.F1,6:0.000} | {s.All.SourceAccuracy,7:0.000} |\n");
        }

        return text.ToString();
    }
}
