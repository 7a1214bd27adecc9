using System.Diagnostics;
using Chorus.Core.Clustering;

namespace Chorus.Evaluation;

/// <summary>The outcome of clustering a labelled stream: the scores and the speed.</summary>
public sealed record ClusteringEvaluationResult(string Data, int Articles, ClusteringScores Scores, double ArticlesPerSecond, ClusteringOptions Options);

/// <summary>Clusters a labelled stream in one pass with <see cref="StreamClusterer"/> and scores it.</summary>
public static class ClusteringEvaluation
{
    public static ClusteringEvaluationResult Run(LabelledSet stream, ClusteringOptions? options = null)
    {
        options ??= new ClusteringOptions();
        var start = Stopwatch.GetTimestamp();
        var clusterer = new StreamClusterer(options);
        var assigned = new List<(string Gold, long Found)>(stream.Documents.Count);
        foreach (var labelled in stream.Documents)
        {
            assigned.Add((labelled.Gold, clusterer.Add(labelled.Document).StoryId));
        }

        var pairs = assigned.Select(a => (a.Gold, clusterer.Resolve(a.Found))).ToList();

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var scores = ClusteringMetrics.Score<string, long>(pairs);
        return new ClusteringEvaluationResult(stream.Name, pairs.Count, scores, seconds == 0 ? 0 : pairs.Count / seconds, options);
    }
}
