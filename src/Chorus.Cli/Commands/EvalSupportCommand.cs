using System.CommandLine;
using System.Globalization;
using Chorus.Core.Corroboration;
using Chorus.Evaluation;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus eval support</c>: precision and recall of the judge that credits and disputes summary sentences, on
/// labelled (claim, source) pairs, at the shipped settings and cross-validated over the labelled clusters.
/// </summary>
internal static class EvalSupportCommand
{
    public const string DefaultLabels = "samples/labels/support.labels.json";

    public static Command Create()
    {
        var labels = new Option<FileInfo>("--labels")
        {
            Description = "The labelled (claim sentence, source article) pairs (docs/LABELS.md).",
            DefaultValueFactory = _ => new FileInfo(DefaultLabels),
        };
        var folds = new Option<bool>("--folds") { Description = "Also choose the thresholds on all clusters but one and score the one left out, for each cluster." };
        var pairs = new Option<FileInfo?>("--pairs") { Description = "Write each pair's label, verdict, score and evidence sentences as JSON lines to FILE." };
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("support", "Score which sources the brief credits with a sentence and which it shows disputing it, against labelled pairs.")
        {
            labels, folds, pairs,
        };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(labels)!, parse.GetValue(folds), parse.GetValue(pairs), output.From(parse)));
        return command;
    }

    private static int Run(FileInfo labelsFile, bool folds, FileInfo? pairsFile, ReportTarget target)
    {
        if (!labelsFile.Exists)
        {
            Terminal.Error($"{labelsFile}: no such label file");
            return ExitCodes.BadArguments;
        }

        var read = SupportLabels.Read(labelsFile.FullName);
        if (!read.Succeeded)
        {
            Terminal.Error(read.Problem.ToString());
            return ExitCodes.BadArguments;
        }

        var evaluation = new SupportEvaluation(read.Value);
        var settings = new SupportOptions();
        var judged = evaluation.Judge(settings);
        var scores = SupportEvaluation.Score(judged);
        var crossValidation = folds ? SupportCrossValidation.Run(evaluation) : null;
        if (pairsFile is not null && Terminal.WriteResult(string.Concat(judged.Select(j => SupportJson.PairLine(j) + "\n")), pairsFile) != ExitCodes.Ok)
        {
            return ExitCodes.BadArguments;
        }

        return target.Write(() => SupportJson.Report(labelsFile.ToString(), settings, scores, crossValidation), (console, _) =>
        {
            var table = new Table().AddColumns("pairs judged", "supports ≥", "related ≥", "pairs", "supports P", "supports R", "supports F1", "disputes P", "disputes R", "disputes F1", "accuracy");
            table.AddRow(Row("all, shipped settings", settings, scores));
            foreach (var fold in crossValidation?.Folds ?? [])
            {
                table.AddRow(Row($"{fold.Cluster} held out", fold.Chosen, fold.HeldOut));
            }

            if (crossValidation is not null)
            {
                table.AddRow([.. Row("held-out folds pooled", null, crossValidation.Pooled)]);
            }

            console.Write(table);
            if (crossValidation is not null)
            {
                var (sMean, sSpread) = SupportJson.MeanAndSpread(crossValidation.Folds.Select(f => f.HeldOut.Supports.F1));
                var (dMean, dSpread) = SupportJson.MeanAndSpread(crossValidation.Folds.Where(f => f.HeldOut.Disputes.Expected > 0).Select(f => f.HeldOut.Disputes.F1));
                console.WriteLine($"held-out F1 over folds: supports {F(sMean)} ± {F(sSpread)}, disputes {F(dMean)} ± {F(dSpread)} (folds with disputes)");
                console.WriteLine($"settings the same search chooses on all pairs: supports ≥ {F(crossValidation.OnAllPairs.Supports)}, related ≥ {F(crossValidation.OnAllPairs.Related)}");
            }
        }, width: 140);
    }

    private static string[] Row(string name, SupportOptions? settings, SupportScores s) =>
    [
        Markup.Escape(name), settings is null ? "" : F(settings.Supports), settings is null ? "" : F(settings.Related), s.Pairs.ToString(CultureInfo.InvariantCulture),
        F(s.Supports.Precision), F(s.Supports.Recall), F(s.Supports.F1),
        F(s.Disputes.Precision), F(s.Disputes.Recall), F(s.Disputes.F1), F(s.Accuracy),
    ];

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
