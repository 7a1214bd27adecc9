using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;

namespace Chorus.Evaluation;

/// <summary>The scores of one label file, and the problems met while reading its articles.</summary>
public sealed record FactsRun(string Labels, IReadOnlyList<FactKindScore> Scores, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Runs the brief path on a label file's articles (a folder for schema 1, one cluster of a JSON-lines data set for
/// schema 2) and scores its facts; several files pool into one score per kind.
/// </summary>
public static class FactsEvaluation
{
    public static InputResult<FactsRun> Run(string labelsPath, BriefOptions? options = null) =>
        FactsLabels.Load(labelsPath).Then(labels => labels.SchemaVersion >= 2
            ? FactsLabelArticles.Read(labelsPath, labels).Then(cluster => Score(labelsPath, cluster.Labels, cluster.Documents, [], options))
            : FolderArticles(labelsPath, labels, options));

    /// <summary>Sums the counts of each kind over runs; the missed and wrong lists name the run they come from.</summary>
    public static IReadOnlyList<FactKindScore> Pool(IReadOnlyList<FactsRun> runs) =>
        runs.SelectMany(r => r.Scores.Select(s => (Run: r, Score: s)))
            .GroupBy(x => x.Score.Kind, StringComparer.Ordinal)
            .Select(g => new FactKindScore(
                g.Key,
                g.Sum(x => x.Score.Correct),
                g.Sum(x => x.Score.Found),
                g.Sum(x => x.Score.Expected),
                g.SelectMany(x => x.Score.Missed.Select(m => $"{Path.GetFileName(x.Run.Labels)}: {m}")).ToList(),
                g.SelectMany(x => x.Score.Wrong.Select(w => $"{Path.GetFileName(x.Run.Labels)}: {w}")).ToList()))
            .ToList();

    private static InputResult<FactsRun> FolderArticles(string labelsPath, FactsLabels labels, BriefOptions? options)
    {
        var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(labelsPath))!, labels.Articles));
        var inputs = InputPaths.Expand([folder]);
        if (inputs.MissingPaths.Count > 0)
        {
            return InputResult.Failure<FactsRun>(labelsPath, $"its articles folder {folder} does not exist", ProblemSeverity.Error);
        }

        var read = FileReader.ReadAll(inputs.Files);
        return Score(labelsPath, labels, read.Values().ToList(), read.Problems().ToList(), options);
    }

    private static InputResult<FactsRun> Score(string labelsPath, FactsLabels labels, IReadOnlyList<RawDocument> documents, IReadOnlyList<InputProblem> readProblems, BriefOptions? options)
    {
        var run = BriefPipeline.Run(documents, options);
        if (run.Brief is null)
        {
            return InputResult.Failure<FactsRun>(labelsPath, "none of its articles is usable", ProblemSeverity.Error);
        }

        return InputResult.Success(new FactsRun(labelsPath, FactsScorer.Score(run.Brief, labels), [.. readProblems, .. run.Problems]));
    }
}
