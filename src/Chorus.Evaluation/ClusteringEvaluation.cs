using System.Diagnostics;
using Chorus.Core.Clustering;

namespace Chorus.Evaluation;

/// <summary>The outcome of clustering a labelled stream: the scores and the speed.</summary>
public sealed record ClusteringEvaluationResult(string Data, int Articles, ClusteringScores Scores, double ArticlesPerSecond, ClusteringOptions Options);

/// <summary>A labelled stream with each article prepared (terms, shingles, embedding) once, to be clustered under many settings.</summary>
public sealed record PreparedSet(string Name, IReadOnlyList<PreparedDocument> Documents, IReadOnlyList<string> Gold, double PrepareSeconds);

/// <summary>Clusters a labelled stream in one pass with <see cref="StreamClusterer"/> and scores it.</summary>
public static class ClusteringEvaluation
{
    public static ClusteringEvaluationResult Run(LabelledSet stream, ClusteringOptions? options = null)
    {
        options ??= new ClusteringOptions();
        return Run(Prepare(stream, options), options);
    }

    /// <summary>
    /// Prepares every article as <paramref name="options"/> says (the settings that shape preparation are the
    /// representation, title weight, body words, lead length and copy detection; the rest may change between runs).
    /// </summary>
    public static PreparedSet Prepare(LabelledSet stream, ClusteringOptions options)
    {
        var start = Stopwatch.GetTimestamp();
        var prepared = new StreamClusterer(options).PrepareAll(stream.Documents.Select(d => d.Document).ToList());
        return new PreparedSet(stream.Name, prepared, stream.Documents.Select(d => d.Gold).ToList(), Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>Clusters a prepared stream; the speed counts the preparation too, as a share of the stream.</summary>
    public static ClusteringEvaluationResult Run(PreparedSet stream, ClusteringOptions options)
    {
        var start = Stopwatch.GetTimestamp();
        var pairs = Assign(stream, options);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds + stream.PrepareSeconds;
        var scores = ClusteringMetrics.Score<string, long>(pairs);
        return new ClusteringEvaluationResult(stream.Name, pairs.Count, scores, seconds == 0 ? 0 : pairs.Count / seconds, options);
    }

    /// <summary>Each article's gold story and the story it ends in (merges followed) after one pass.</summary>
    public static List<(string Gold, long Found)> Assign(PreparedSet stream, ClusteringOptions options)
    {
        var clusterer = new StreamClusterer(options);
        var assigned = new List<long>(stream.Documents.Count);
        foreach (var document in stream.Documents)
        {
            assigned.Add(clusterer.Add(document).StoryId);
        }

        return assigned.Select((found, i) => (stream.Gold[i], clusterer.Resolve(found))).ToList();
    }
}
