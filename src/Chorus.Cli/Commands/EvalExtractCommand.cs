using System.CommandLine;
using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Evaluation;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval extract --data DIR</c>: article-body extraction scored on the public benchmark.</summary>
internal static class EvalExtractCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "A half of the article-extraction benchmark (ground-truth.json, html/, reference-scores.json).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "article-extraction", "val")),
        };
        var pages = new Option<bool>("--pages") { Description = "Also list every page, worst first, with its precision and recall." };
        var show = new Option<string?>("--show") { Description = "Print what Chorus extracts from the page whose id starts with this, and what it removed (text only)." };
        var folds = CommandLineNumbers.Whole(new Option<int?>("--folds")
        {
            Description = "Also cross-validate the extractor's settings: for each of K folds, choose from a small grid on the other folds and score on this one.",
        });
        var metadataLabels = new Option<FileInfo?>("--metadata-labels")
        {
            Description = "Hand labels of each page's date, authors and language, scored per field (default: samples/labels/extraction-metadata.labels.json when present).",
        };
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("extract", "Score HTML main-content extraction (precision, recall, F1, pages/s) beside published extractors.")
        {
            data, pages, show, folds, metadataLabels,
        };
        output.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(show) is not null && (output.Format.From(r) == ReportFormat.Json || (output.JsonFile is { } json && r.GetValue(json) is not null)))
            {
                r.AddError("--show prints one page as text; it has no JSON form.");
            }
        });
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(pages), parse.GetValue(show), parse.GetValue(folds), parse.GetValue(metadataLabels), output.From(parse)));
        return command;
    }

    private static int Run(DirectoryInfo data, bool listPages, string? show, int? folds, FileInfo? labelsFile, ReportTarget target)
    {
        var loaded = ExtractionDataSet.Load(data.FullName);
        if (!loaded.Succeeded)
        {
            Terminal.Error(loaded.Problem);
            return ExitCodes.BadArguments;
        }

        var set = loaded.Value;

        if (show is not null)
        {
            return Show(set, show, target.File);
        }

        if (folds is { } k && (k < 2 || k > set.Pages.Count))
        {
            Terminal.Error($"--folds {k}: give between 2 and {set.Pages.Count} folds (the pages of {data})");
            return ExitCodes.BadArguments;
        }

        var labelsPath = labelsFile?.ToString() ?? (File.Exists(MetadataLabels.DefaultPath) ? MetadataLabels.DefaultPath : null);
        (string, MetadataScores)? metadata = null;
        if (labelsPath is not null)
        {
            var labels = MetadataLabels.Load(labelsPath);
            if (!labels.Succeeded)
            {
                Terminal.Error(labels.Problem);
                return ExitCodes.BadArguments;
            }

            metadata = (labelsPath, MetadataScoring.Score(set, labels.Value));
        }

        var report = ExtractionBenchmark.Run(set);
        var crossValidation = folds is { } foldCount ? ExtractionCrossValidation.Run(set, foldCount, ExtractionGrid.Default) : null;
        return target.Write(() => ExtractionReportJson.Render(report, data.ToString(), crossValidation, metadata), (console, plain) =>
        {
            Draw(console, plain, report, listPages);
            if (metadata is var (path, scores))
            {
                ExtractMetadataTable.Write(plain, path, scores, listPages);
            }

            if (crossValidation is not null)
            {
                ExtractCrossValidationTable.Write(plain, crossValidation);
            }
        });
    }

    private static void Draw(IAnsiConsole console, TextWriter plain, ExtractionReport report, bool listPages)
    {
        var table = new Table().AddColumns("extractor", "version", "F1", "precision", "recall", "accuracy");
        table.AddRow("[bold]chorus[/]", "", F(report.Ours.F1), F(report.Ours.Precision), F(report.Ours.Recall), F(report.Ours.Accuracy));
        foreach (var reference in report.Published.OrderByDescending(r => r.F1))
        {
            table.AddRow(Markup.Escape(reference.Extractor), Markup.Escape(reference.Version), F(reference.F1), F(reference.Precision), F(reference.Recall), F(reference.Accuracy));
        }

        console.Write(table);
        console.MarkupLine(CultureInfo.InvariantCulture, "{0} pages, {1:0.0} pages/s", report.Ours.Pages, report.PagesPerSecond);
        if (listPages)
        {
            foreach (var page in report.Pages.OrderBy(p => Math.Min(p.Precision, p.Recall)))
            {
                plain.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Id[..12]} P={page.Precision:0.000} R={page.Recall:0.000} {page.Url}"));
            }
        }
    }

    private static int Show(ExtractionDataSet set, string idPrefix, FileInfo? file)
    {
        var page = set.Pages.FirstOrDefault(p => p.Id.StartsWith(idPrefix, StringComparison.Ordinal));
        if (page is null)
        {
            Terminal.Error($"no page id starts with {idPrefix}");
            return ExitCodes.BadArguments;
        }

        return Terminal.WriteText((_, plain) => WritePage(plain, set, page), file);
    }

    private static void WritePage(TextWriter plain, ExtractionDataSet set, BenchmarkPage page)
    {
        var html = set.Html(page);
        var extracted = HtmlArticleExtractor.Extract(html, page.Url);
        var article = HtmlArticleBuilder.Build(new RawDocument(page.Id, html, ContentKind.Html) { Url = page.Url });
        var overlap = ExtractionMetric.Compare(page.Truth, extracted.BodyText);
        plain.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Url}\nP={ExtractionMetric.PagePrecision(overlap):0.000} R={ExtractionMetric.PageRecall(overlap):0.000}"));
        plain.WriteLine($"title: {article.Title}\nbyline: {article.Byline}");
        plain.WriteLine($"date: {article.Published?.ToIsoString()} ({article.Published?.Evidence.Method}: {article.Published?.Stated})");
        plain.WriteLine($"language: {article.Language} ({article.Provenance.FirstOrDefault(f => f.Field == "language")?.Evidence.Method})");
        foreach (var block in extracted.Blocks)
        {
            plain.WriteLine($"+ {block.Kind}: {block.Text}");
        }

        foreach (var removed in extracted.Removed)
        {
            plain.WriteLine($"- [{removed.Reason}] {(removed.Text.Length > 160 ? removed.Text[..160] + "…" : removed.Text)}");
        }
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
