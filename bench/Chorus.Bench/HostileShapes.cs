using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;

namespace Chorus.Bench;

/// <summary>
/// The input shapes of issue 16 point 5 that took minutes, each read and briefed in this process (inputs written to
/// a temporary folder, as the CLI reads them): prints the seconds of each and what came out, against a 5 s goal.
/// </summary>
internal static class HostileShapes
{
    private const double GoalSeconds = 5;

    /// <param name="files">Files to brief instead of the built-in shapes, each timed stage by stage.</param>
    public static int Run(string[] files)
    {
        if (files.Length > 0)
        {
            foreach (var file in files)
            {
                var start = Stopwatch.GetTimestamp();
                var run = BriefPipeline.Run(InputLoader.Load([file], new InputOptions { FetchAllowed = false }).Documents);
                var stages = string.Join(", ", run.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalSeconds:F2}")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {Stopwatch.GetElapsedTime(start).TotalSeconds:F2} s ({stages})"));
            }

            return 0;
        }

        var folder = Directory.CreateTempSubdirectory("chorus-hostile-");
        try
        {
            var cases = new List<(string Name, Func<string> Work)>();
            foreach (var megabytes in new[] { 1, 2, 4 })
            {
                var path = Write(folder, $"plain{megabytes}m.txt", "River rises in the valley\n\n" + Words(megabytes * 1024 * 1024));
                cases.Add(($"unpunctuated text {megabytes} MB", () => Brief(path)));
            }

            var sentences = Write(folder, "sentences.txt", "Flood in the valley\n\n" + string.Concat(Enumerable.Repeat("The river rose again today. ", 200_000)));
            cases.Add(("one article of 200,000 sentences", () => Brief(sentences)));
            var line = Write(folder, "line.txt", "Long line\n\n" + Words(20 * 1024 * 1024));
            cases.Add(("a 20 MB line", () => Brief(line)));
            var divs = Write(folder, "divs.html", "<html><body><p>The council said the river rose by two metres on Tuesday.</p>" + string.Concat(Enumerable.Repeat("<div/>", 200_000)) + "</body></html>");
            cases.Add(("<div/> x 200,000", () => Brief(divs)));
            var nested = string.Concat(Enumerable.Repeat("<x>", 200_000)) + string.Concat(Enumerable.Repeat("</x>", 200_000));
            var feed = Write(folder, "deep.xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</title><description>{nested}</description></item></channel></rss>");
            cases.Add(("feed nested 200,000 deep", () => Brief(feed)));
            cases.Add(("search: one word 20,000 times", () => Search(folder, string.Join(' ', Enumerable.Repeat("river", 20_000)))));

            Console.WriteLine("case                                  seconds  goal  outcome");
            var failed = 0;
            foreach (var (name, work) in cases)
            {
                var start = Stopwatch.GetTimestamp();
                var outcome = work();
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                failed += seconds < GoalSeconds ? 0 : 1;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-37} {seconds,7:F2}  {(seconds < GoalSeconds ? "ok" : "SLOW"),4}  {outcome}"));
            }

            return failed == 0 ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Brief(string path)
    {
        var loaded = InputLoader.Load([path], new InputOptions { FetchAllowed = false });
        var run = BriefPipeline.Run(loaded.Documents);
        var problems = loaded.Problems.Concat(run.Problems).Select(p => p.Message).ToList();
        var summary = run.Brief is null ? "no brief" : $"brief of {run.Brief.Summary.Count} summary sentences";
        return problems.Count == 0 ? summary : $"{summary}; {problems[0]}";
    }

    private static string Search(DirectoryInfo folder, string query)
    {
        var db = Path.Combine(folder.FullName, "search.db");
        using var store = SqliteStoryStore.Open(db);
        using (var ingest = new IngestPipeline(store, ["bench"]))
        {
            ingest.IngestBatch([new RawDocument("river.txt", "Flood in the valley\n\nThe river rose by two metres on Tuesday and the council closed the bridge to traffic until engineers finish their repairs.", ContentKind.PlainText)]);
            ingest.Finish();
        }

        return $"{store.Search(query, 20).Count} hits";
    }

    private static string Write(DirectoryInfo folder, string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Words without any punctuation, deterministic.</summary>
    internal static string Words(int characters)
    {
        // Numbers among the words: every one is a quantity for the facts stage, which once compared them pairwise.
        string[] vocabulary = ["river", "bridge", "council", "water", "town", "engineers", "repairs", "valley", "storm", "homes", "seven", "1,200"];
        var random = new Random(16);
        var text = new StringBuilder(characters + 16);
        while (text.Length < characters)
        {
            text.Append(vocabulary[random.Next(vocabulary.Length)]).Append(' ');
        }

        return text.ToString();
    }
}
