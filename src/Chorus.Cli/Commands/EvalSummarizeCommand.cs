using System.CommandLine;
using Chorus.Core.Summarization;
using Chorus.Evaluation;
using Spectre.Console;

namespace Chorus.Cli.Commands;

/// <summary>
/// <c>chorus eval summarize --data FILE</c>: our baselines, the Chorus summarizer and a data set's published systems,
/// scored with ROUGE against the human references.
/// </summary>
internal static class EvalSummarizeCommand
{
    /// <summary>Columns of the table in a file or pipe, so each row stays on one line.</summary>
    private const int TableWidth = 160;

    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "clusters.jsonl of a summarization data set (e.g. ../shared/data/duc2004/val/clusters.jsonl).", Required = true };
        var words = CommandLineNumbers.AtLeastOne(new Option<int?>("--words") { HelpName = "N", Description = "Cut every summary at this many words (default: the data set's rule; DUC: 665 bytes)." });
        var bytes = CommandLineNumbers.AtLeastOne(new Option<int?>("--bytes") { HelpName = "N", Description = "Cut every summary at this many bytes of UTF-8." });
        var systems = new Option<string?>("--systems") { Description = "Comma-separated systems to run (default all); 'published' selects every published system." };
        var reference = new Option<string>("--reference")
        {
            HelpName = "SYSTEM",
            Description = $"The system every other is compared with, paired by cluster (default {SummarizationSystems.Reference}).",
            DefaultValueFactory = _ => SummarizationSystems.Reference,
        };
        var output = new ReportOutput(withJsonFile: true);
        var summaries = CliOptions.FileToWrite(new Option<FileInfo?>("--summaries") { HelpName = "FILE", Description = "Also write every summary (JSON lines: system, id, summary, rouge1, rouge2) to this file." });
        var command = new Command("summarize", "Score summarizers on a multi-document data set: ROUGE-1/2/L/Lsum F1 with 95% CI.")
        {
            data, words, bytes, systems, reference,
        };
        output.AddTo(command);
        command.Options.Add(summaries);
        command.Validators.Add(r =>
        {
            if (r.GetValue(words) is not null && r.GetValue(bytes) is not null)
            {
                r.AddError("give --words or --bytes, not both.");
            }
        });
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(words), parse.GetValue(bytes), parse.GetValue(systems), parse.GetValue(reference)!, output.From(parse), parse.GetValue(summaries)));
        return command;
    }

    private static int Run(FileInfo dataFile, int? words, int? bytes, string? selection, string referenceName, ReportTarget target, FileInfo? summaries)
    {
        if (!dataFile.Exists)
        {
            Terminal.Error($"{dataFile}: no such file");
            return ExitCodes.BadArguments;
        }

        var read = SummarizationDataReader.Read(dataFile.FullName);
        if (!read.Succeeded)
        {
            Terminal.Error(read.Problem);
            return ExitCodes.BadArguments;
        }

        var data = read.Value;
        if (DataFileProblems.Report(dataFile, data.Problems, data.Clusters.Count, "a summarization data set") is { } refused)
        {
            return refused;
        }

        if (data.Clusters.Count == 0)
        {
            Terminal.Error($"{dataFile}: no cluster could be read");
            return ExitCodes.NothingUsable;
        }

        var budget = words is { } w ? SummaryBudget.OfWords(w) : bytes is { } b ? SummaryBudget.OfBytes(b) : data.DefaultBudget;
        var all = SummarizationSystems.Ours().Concat(SummarizationSystems.Published(data)).ToList();
        var (chosen, unknown) = SummarizationSystems.Select(all, selection);
        var reference = all.FirstOrDefault(s => s.Name.Equals(referenceName, StringComparison.OrdinalIgnoreCase))?.Name;
        if (reference is null)
        {
            unknown.Add(referenceName);
        }

        if (unknown.Count > 0 || reference is null)
        {
            Terminal.Error($"unknown system(s): {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(s => s.Name))}, published");
            return ExitCodes.BadArguments;
        }

        var results = Run(data, chosen, budget);
        var comparisons = PairedComparison.Against(reference, results);
        var status = target.Write(
            () => EvaluationJson.Report(dataFile.ToString(), budget, results, reference, comparisons),
            (console, _) =>
            {
                console.Write(EvalTable.Build(results));
                console.WriteLine($"{data.Clusters.Count} clusters, {data.Clusters.Sum(c => c.References.Count)} references; budget {Describe(budget)}; published outputs scored as given;");
                console.WriteLine("clusters/s on one thread, after one untimed cluster; chorus runs the brief up to its credited summary (no facts, no coverage).");
                if (comparisons.Count > 0)
                {
                    console.WriteLine();
                    console.Write(EvalTable.BuildComparison(reference, comparisons));
                }
            },
            TableWidth);
        return status == ExitCodes.Ok && summaries is not null ? Terminal.WriteResult(EvaluationJson.SummaryLines(results), summaries) : status;
    }

    private static List<SystemEvaluation> Run(SummarizationDataSet data, List<SystemSpec> systems, SummaryBudget budget)
    {
        var results = new List<SystemEvaluation>();
        var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        progressConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("evaluating", maxValue: systems.Count * data.Clusters.Count);
                foreach (var system in systems)
                {
                    task.Description = Markup.Escape(system.Name);
                    results.Add(SummarizationEvaluator.Evaluate(data, system, budget, () => task.Increment(1)));
                }
            });
        return results;
    }

    private static string Describe(SummaryBudget budget) =>
        budget.Words is { } w ? $"{w} words" : $"{budget.Bytes} bytes";
}
