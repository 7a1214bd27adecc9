using System.CommandLine;
using System.Globalization;
using Chorus.Core.Clustering;
using Chorus.Evaluation;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval cluster --data PATH</c>: cluster a labelled set as one stream and score it.</summary>
internal static class EvalClusterCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled set: UCI headlines.jsonl or DUC clusters.jsonl.", Required = true };
        var seed = CommandLineNumbers.Whole(new Option<int>("--seed") { Description = "Seed of the interleaving of cluster sets.", DefaultValueFactory = _ => ClusteringData.DefaultSeed });
        var orders = CommandLineNumbers.AtLeastOne(new Option<int>("--orders") { Description = "Score a cluster set (undated) in this many stream orders and report the mean.", DefaultValueFactory = _ => 1 });
        var semantic = new Option<bool>("--semantic") { Description = "Blend the contextual sentence model (all-MiniLM-L6-v2) into short texts' scores (experimental; slower)." };
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("cluster", "Cluster a labelled set as one stream: B-cubed, pairwise F1, ARI, speed.") { data, seed, orders, semantic };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(seed), parse.GetValue(orders), parse.GetValue(semantic), output.From(parse)));
        return command;
    }

    private static int Run(FileInfo data, int seed, int orders, bool semantic, ReportTarget target)
    {
        if (!data.Exists)
        {
            Terminal.Error($"{data}: no such file");
            return ExitCodes.BadArguments;
        }

        var set = ClusteringData.Read(data.FullName, seed);
        if (!set.Succeeded)
        {
            Terminal.Error(set.Problem);
            return ExitCodes.BadArguments;
        }

        var options = semantic ? new ClusteringOptions { Representation = DenseRepresentation.Contextual } : new ClusteringOptions();
        var result = ClusteringEvaluation.Run(set.Value, options);
        var s = result.Scores;
        var o = result.Options;
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            data:              {result.Data} ({result.Articles} articles, one stream)
            B-cubed:           precision {s.BCubed.Precision:F4}  recall {s.BCubed.Recall:F4}  F1 {s.BCubed.F1:F4}
            pairwise F1:       {s.PairwiseF1:F4}
            adjusted Rand:     {s.AdjustedRandIndex:F4}
            stories:           gold {s.GoldClusters}  found {s.FoundClusters}
            speed:             {result.ArticlesPerSecond:F0} articles/s
            representation:    {o.Representation} (dense weight {o.DenseWeight}, full articles {o.LongTextDenseWeight})
            thresholds:        min score {o.MinScore} (short texts {o.ShortTextMinScore}), merge score {o.MergeScore}, entity weight {o.EntityWeight}, half-life {o.DecayHalfLifeHours} h after {o.DecayGraceHours} h, IDF prior {o.IdfPriorDocuments}, close after {o.CloseAfterHours} h, title weight {o.TitleWeight}, query terms {o.QueryTerms}, indexed terms {o.IndexedTermsPerStory}

            """);
        if (orders > 1 && ClusteringData.IsClusterSet(set.Value))
        {
            text += Orders(data.FullName, orders, options);
        }

        return target.Write(() => EvaluationJson.ClusteringReport(result), (_, plain) => plain.Write(text));
    }

    /// <summary>B-cubed F1 over the first <paramref name="orders"/> stream orders (the default seed first), each article prepared once.</summary>
    private static string Orders(string path, int orders, ClusteringOptions options)
    {
        var first = ClusteringEvaluation.Prepare(ClusteringData.Read(path, ClusteringData.OrderSeed(0)).Value, options);
        var byId = first.Documents.ToDictionary(p => p.Document.Id, StringComparer.Ordinal);
        var scores = new List<PrecisionRecall>();
        for (var i = 0; i < orders; i++)
        {
            var set = ClusteringData.Read(path, ClusteringData.OrderSeed(i)).Value;
            var prepared = new PreparedSet(set.Name, set.Documents.Select(d => byId[d.Document.Id] with { Document = d.Document }).ToList(), set.Documents.Select(d => d.Gold).ToList(), 0);
            scores.Add(ClusteringEvaluation.Run(prepared, options).Scores.BCubed);
        }

        var f1 = scores.Select(b => b.F1).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"stream orders:     {orders}: B-cubed F1 mean {f1.Average():F4} ± {SettingScores.StandardDeviation(f1):F4} (min {f1.Min():F4}, max {f1.Max():F4}), precision {scores.Average(b => b.Precision):F4}, recall {scores.Average(b => b.Recall):F4}\n");
    }
}
