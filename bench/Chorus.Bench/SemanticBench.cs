using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chorus.Core.Semantic;
using Chorus.Core.Text;

namespace Chorus.Bench;

/// <summary>
/// <c>distill [OUT] [DIMENSIONS]</c> writes the static table (default: the one bundled in Chorus.Core);
/// <c>semantic [TABLE...]</c> measures each embedder (the bundled static table, any other tables given, the contextual
/// model): load time, cost per text for headlines, 600-character leads and sentences (timed on the shared val texts),
/// and how well it separates the paraphrase pairs of <see cref="SemanticPairs"/> from related and unrelated pairs.
/// </summary>
internal static class SemanticBench
{
    public static string BundledTablePath => Path.Combine(BenchPaths.Root, "src", "Chorus.Core", "Semantic", "minilm-static.bin");

    public static int Distill(string[] args)
    {
        var output = args.Length > 0 ? Path.GetFullPath(args[0]) : BundledTablePath;
        var options = args.Length > 1 ? new DistillOptions { Dimensions = int.Parse(args[1], CultureInfo.InvariantCulture) } : new DistillOptions();
        var clock = Stopwatch.StartNew();
        var table = StaticDistiller.Distill(options, Console.Out);
        using (var file = File.Create(output))
        {
            table.Write(file);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output}: {table.Pieces.Count} pieces x {table.Dimensions} dimensions, {new FileInfo(output).Length / 1e6:F1} MB, in {clock.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine($"source: {table.Source}");
        return 0;
    }

    public static int Run(string[] tables)
    {
        var texts = Texts();
        Console.WriteLine("embedder                        load s  us/headline  us/lead  us/sentence  cos para  cos rel  cos unrel  AUC para>unrel  AUC para>rel");
        var clock = Stopwatch.StartNew();
        var bundled = StaticEmbedder.Shared;
        Report("static (bundled)", bundled, clock.Elapsed.TotalSeconds, texts, repeat: 20);
        foreach (var path in tables)
        {
            clock.Restart();
            using var file = File.OpenRead(path);
            var embedder = new StaticEmbedder(StaticEmbeddingTable.Read(file, path));
            Report("static " + Path.GetFileName(path), embedder, clock.Elapsed.TotalSeconds, texts, repeat: 20);
        }

        clock.Restart();
        var contextual = ContextualEmbedder.Shared;
        contextual.Embed(["load"]);
        Report("contextual all-MiniLM-L6-v2", contextual, clock.Elapsed.TotalSeconds, texts with { Leads = texts.Leads[..64], Sentences = texts.Sentences[..64], Headlines = texts.Headlines[..64] }, repeat: 1);
        return 0;
    }

    private static void Report(string name, ITextEmbedder embedder, double loadSeconds, TimingTexts texts, int repeat)
    {
        var headline = MicrosecondsPerText(embedder, texts.Headlines, repeat);
        var lead = MicrosecondsPerText(embedder, texts.Leads, repeat);
        var sentence = MicrosecondsPerText(embedder, texts.Sentences, repeat);
        var para = Cosines(embedder, SemanticPairs.Paraphrases);
        var related = Cosines(embedder, SemanticPairs.Related);
        var n = SemanticPairs.Paraphrases.Length;
        var unrelated = Cosines(embedder, SemanticPairs.Paraphrases.Select((p, i) => (p.A, SemanticPairs.Paraphrases[(i + 7) % n].B)).ToArray());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-31} {loadSeconds,6:F2} {headline,12:F1} {lead,8:F1} {sentence,12:F1} {para.Average(),9:F3} {related.Average(),8:F3} {unrelated.Average(),10:F3} {Auc(para, unrelated),15:F3} {Auc(para, related),13:F3}"));
    }

    private static double MicrosecondsPerText(ITextEmbedder embedder, string[] texts, int repeat)
    {
        embedder.Embed(texts[..Math.Min(4, texts.Length)]);
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < repeat; r++)
        {
            embedder.Embed(texts);
        }

        return clock.Elapsed.TotalMicroseconds / (repeat * texts.Length);
    }

    private static double[] Cosines(ITextEmbedder embedder, (string A, string B)[] pairs)
    {
        var a = embedder.Embed(pairs.Select(p => p.A).ToArray());
        var b = embedder.Embed(pairs.Select(p => p.B).ToArray());
        return a.Select((v, i) => (double)Vectors.Dot(v, b[i])).ToArray();
    }

    /// <summary>The chance that a random pair of the first kind scores above one of the second (ties count half).</summary>
    private static double Auc(double[] higher, double[] lower)
    {
        var wins = 0.0;
        foreach (var h in higher)
        {
            foreach (var l in lower)
            {
                wins += h > l ? 1 : h == l ? 0.5 : 0;
            }
        }

        return wins / (higher.Length * lower.Length);
    }

    private sealed record TimingTexts(string[] Headlines, string[] Leads, string[] Sentences);

    /// <summary>Timing inputs only (never scored): UCI val headlines, DUC val leads (600 characters) and sentences.</summary>
    private static TimingTexts Texts()
    {
        var data = Path.Combine(BenchPaths.Shared, "data");
        var headlines = File.ReadLines(Path.Combine(data, "news-clustering-uci", "val", "headlines.jsonl")).Take(256)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()!).ToArray();
        var articles = File.ReadLines(Path.Combine(data, "duc2004", "val", "clusters.jsonl"))
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("text").GetString()!))
            .Take(256).ToList();
        var leads = articles.Select(a => a.Length <= 600 ? a : a[..600]).ToArray();
        var sentences = articles.SelectMany(a => SentenceReader.Read("x", a).Select(s => s.Text)).Where(s => s.Length > 40).Take(256).ToArray();
        return new TimingTexts(headlines, leads, sentences);
    }
}
