using System.CommandLine;
using System.Globalization;
using Chorus.Evaluation;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval cluster --data PATH</c>: cluster a labelled set as one stream and score it.</summary>
internal static class EvalClusterCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled set: UCI headlines.jsonl or DUC clusters.jsonl.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the interleaving of cluster sets.", DefaultValueFactory = _ => ClusteringData.DefaultSeed };
        var output = new ReportOutput(withJsonFile: true);
        var command = new Command("cluster", "Cluster a labelled set as one stream: B-cubed, pairwise F1, ARI, speed.") { data, seed };
        output.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(seed), output.From(parse)));
        return command;
    }

    private static int Run(FileInfo data, int seed, ReportTarget target)
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

        var result = ClusteringEvaluation.Run(set.Value);
        var s = result.Scores;
        var o = result.Options;
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            data:              {result.Data} ({result.Articles} articles, one stream)
            B-cubed:           precision {s.BCubed.Precision:F4}  recall {s.BCubed.Recall:F4}  F1 {s.BCubed.F1:F4}
            pairwise F1:       {s.PairwiseF1:F4}
            adjusted Rand:     {s.AdjustedRandIndex:F4}
            stories:           gold {s.GoldClusters}  found {s.FoundClusters}
            speed:             {result.ArticlesPerSecond:F0} articles/s
            thresholds:        min score {o.MinScore} (short texts {o.ShortTextMinScore}), merge score {o.MergeScore}, entity weight {o.EntityWeight}, half-life {o.DecayHalfLifeHours} h after {o.DecayGraceHours} h, IDF prior {o.IdfPriorDocuments}, close after {o.CloseAfterHours} h, title weight {o.TitleWeight}, query terms {o.QueryTerms}, indexed terms {o.IndexedTermsPerStory}

            """);
        return target.Write(() => EvaluationJson.ClusteringReport(result), (_, plain) => plain.Write(text));
    }
}
