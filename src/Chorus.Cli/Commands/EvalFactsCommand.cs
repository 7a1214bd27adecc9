using System.CommandLine;
using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Evaluation;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval facts</c>: precision, recall and F1 per kind of fact against a labelled fact file.</summary>
internal static class EvalFactsCommand
{
    public const string DefaultLabels = "samples/labels/kharsun-dam-flood.facts.json";

    public static Command Create()
    {
        var labels = new Option<FileInfo>("--labels") { Description = "The labelled fact file.", DefaultValueFactory = _ => new FileInfo(DefaultLabels) };
        var showErrors = new Option<bool>("--show-errors") { Description = "List the facts missed and the facts found that no label matches." };
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("facts", "Score the Facts stage (quantities, quotes, entities, dates, conflicts) against a labelled fact file.")
        {
            labels, showErrors,
        };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(labels)!, parse.GetValue(showErrors), output.From(parse)));
        return command;
    }

    private static int Run(FileInfo labelsFile, bool showErrors, ReportTarget target)
    {
        if (!labelsFile.Exists)
        {
            Terminal.Error($"{labelsFile}: no such label file");
            return ExitCodes.BadArguments;
        }

        var loaded = FactsLabels.Load(labelsFile.FullName);
        if (!loaded.Succeeded)
        {
            Terminal.Error(loaded.Problem);
            return ExitCodes.BadArguments;
        }

        var labels = loaded.Value;

        var folder = Path.GetFullPath(Path.Combine(labelsFile.DirectoryName!, labels.Articles));
        var inputs = InputPaths.Expand([folder]);
        if (inputs.MissingPaths.Count > 0)
        {
            Terminal.Error($"{labelsFile}: its articles folder {folder} does not exist");
            return ExitCodes.BadArguments;
        }

        var read = FileReader.ReadAll(inputs.Files);
        var run = BriefPipeline.Run(read.Values().ToList());
        foreach (var problem in read.Problems().Concat(run.Problems))
        {
            Terminal.Warning(problem.ToString());
        }

        if (run.Brief is null)
        {
            Terminal.Error($"nothing usable in {folder}");
            return ExitCodes.NothingUsable;
        }

        var scores = FactsScorer.Score(run.Brief, labels);
        return target.Write(() => EvaluationJson.FactsReport(labelsFile.ToString(), scores), (console, _) => Draw(console, scores, showErrors));
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
