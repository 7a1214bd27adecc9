using System.Globalization;
using Chorus.Evaluation;

namespace Chorus.Cli.Commands;

/// <summary>The cross-validation part of <c>chorus eval extract --folds K</c>: one row per fold, mean and spread, worst pages.</summary>
internal static class ExtractCrossValidationTable
{
    private const int WorstPages = 10;

    public static void Write(TextWriter output, ExtractionCrossValidationReport report)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"\n{report.Folds.Count}-fold cross-validation: each fold is scored with the setting chosen on the other folds ({report.Grid.Count} settings)"));
        output.WriteLine($"{"fold",-9} {"pages",5}  {"F1",-15}  {"precision",-15}  {"recall",-15}  chosen on the other folds (their F1)");
        foreach (var fold in report.Folds)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{fold.Fold,-9} {fold.HeldOut.Pages,5}  {F(fold.HeldOut.F1),-15}  {F(fold.HeldOut.Precision),-15}  {F(fold.HeldOut.Recall),-15}  {fold.Chosen} ({F(fold.Train.F1)})"));
        }

        output.WriteLine($"{"mean ± sd",-9} {"",5}  {S(report.F1),-15}  {S(report.Precision),-15}  {S(report.Recall),-15}");
        Row(output, "pooled", report.Pooled, "every page scored once, held out");
        Row(output, "defaults", report.Defaults, "the shipped settings on every page (not held out)");
        output.WriteLine("every setting of the grid on every page:");
        foreach (var (setting, scores) in report.Grid.Zip(report.GridScores))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  F1 {F(scores.F1)}  P {F(scores.Precision)}  R {F(scores.Recall)}  {setting.Name}"));
        }

        output.WriteLine("worst held-out pages (lower of precision and recall):");
        foreach (var page in report.HeldOutPages.OrderBy(p => Math.Min(p.Precision, p.Recall)).Take(WorstPages))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page.Id[..12]} P={page.Precision:0.000} R={page.Recall:0.000} {page.Url}"));
        }
    }

    private static void Row(TextWriter output, string name, ExtractionScores scores, string note) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-9} {scores.Pages,5}  {F(scores.F1),-15}  {F(scores.Precision),-15}  {F(scores.Recall),-15}  {note}"));

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string S(Spread spread) => string.Create(CultureInfo.InvariantCulture, $"{spread.Mean:0.0000} ± {spread.StdDev:0.0000}");
}
