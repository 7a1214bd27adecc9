using System.CommandLine;
using System.Globalization;
using Chorus.Evaluation;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval facts</c>: precision, recall and F1 per kind of fact against a labelled fact file.</summary>
internal static class EvalFactsCommand
{
    public const string DefaultLabels = "samples/labels/kharsun-dam-flood.facts.json";

    public static Command Create()
    {
        var labels = new Option<FileInfo[]>("--labels")
        {
            Description = "A labelled fact file (schema 1: a folder of articles; schema 2: a cluster of a JSON-lines data set); repeat it to score several and pool them.",
            DefaultValueFactory = _ => [new FileInfo(DefaultLabels)],
            AllowMultipleArgumentsPerToken = true,
        };
        var showErrors = new Option<bool>("--show-errors") { Description = "List the facts missed and the facts found that no label matches." };
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("facts", "Score the Facts stage (quantities, quotes, entities, dates, conflicts) against labelled fact files, per kind.")
        {
            labels, showErrors,
        };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(labels)!, parse.GetValue(showErrors), output.From(parse)));
        return command;
    }

    private static int Run(FileInfo[] labelFiles, bool showErrors, ReportTarget target)
    {
        var runs = new List<FactsRun>();
        foreach (var labelsFile in labelFiles)
        {
            if (!labelsFile.Exists)
            {
                Terminal.Error($"{labelsFile}: no such label file");
                return ExitCodes.BadArguments;
            }

            var run = FactsEvaluation.Run(labelsFile.FullName);
            if (!run.Succeeded)
            {
                Terminal.Error(run.Problem);
                return ExitCodes.BadArguments;
            }

            foreach (var problem in run.Value.Problems)
            {
                Terminal.Warning(problem.ToString());
            }

            runs.Add(run.Value with { Labels = labelsFile.ToString() });
        }

        var name = string.Join(", ", runs.Select(r => r.Labels));
        var pooled = runs.Count == 1 ? runs[0].Scores : FactsEvaluation.Pool(runs);
        return target.Write(() => EvaluationJson.FactsReport(name, pooled), (console, _) =>
        {
            if (runs.Count > 1)
            {
                foreach (var run in runs)
                {
                    console.WriteLine(run.Labels);
                    Draw(console, run.Scores, showErrors: false);
                }

                console.WriteLine($"pooled over {runs.Count.ToString(CultureInfo.InvariantCulture)} label files");
            }

            Draw(console, pooled, showErrors);
        });
    }

    private static void Draw(IAnsiConsole console, IReadOnlyList<FactKindScore> scores, bool showErrors)
    {
        var table = new Table().AddColumns("kind", "precision", "recall", "F1", "correct", "found", "expected");
        foreach (var s in scores)
        {
            table.AddRow(s.Kind, F(s.Precision), F(s.Recall), F(s.F1), N(s.Correct), N(s.Found), N(s.Expected));
        }

        console.Write(table);
        if (!showErrors)
        {
            return;
        }

        foreach (var s in scores)
        {
            foreach (var missed in s.Missed)
            {
                console.WriteLine($"{s.Kind}: missed: {missed}");
            }

            foreach (var wrong in s.Wrong)
            {
                console.WriteLine($"{s.Kind}: not in labels: {wrong}");
            }
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
