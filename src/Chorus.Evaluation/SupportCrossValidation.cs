using Chorus.Core.Corroboration;

namespace Chorus.Evaluation;

/// <summary>One held-out cluster: the settings chosen on the others and the scores on it.</summary>
public sealed record SupportFold(string Cluster, SupportOptions Chosen, SupportScores HeldOut);

/// <summary>
/// The folds, their held-out scores pooled over every pair (each pair is held out once), and the settings the same
/// search chooses on all pairs (what <see cref="SupportOptions"/> ships).
/// </summary>
public sealed record SupportCrossValidationResult(IReadOnlyList<SupportFold> Folds, SupportScores Pooled, SupportOptions OnAllPairs);

/// <summary>
/// Leave-one-cluster-out cross-validation of the judge's two thresholds: for each labelled cluster, the pair of
/// thresholds that maximises the mean of the supports and disputes F1 on the other clusters is chosen from a grid
/// and scored on the held-out cluster. Pairs of one cluster share claims and articles, so they are held out together.
/// </summary>
public static class SupportCrossValidation
{
    private static readonly double[] Grid = [.. Enumerable.Range(0, 29).Select(i => Math.Round(0.15 + (i * 0.025), 3))];

    public static SupportCrossValidationResult Run(SupportEvaluation evaluation)
    {
        var clusters = evaluation.Cases.Select(c => c.Cluster).Distinct().Order(StringComparer.Ordinal).ToList();
        var folds = new List<SupportFold>();
        var pooled = new List<JudgedCase>();
        foreach (var cluster in clusters)
        {
            var training = evaluation.Cases.Where(c => c.Cluster != cluster).ToList();
            var chosen = Best(evaluation, training);
            var heldOut = evaluation.Judge(chosen, evaluation.Cases.Where(c => c.Cluster == cluster));
            pooled.AddRange(heldOut);
            folds.Add(new SupportFold(cluster, chosen, SupportEvaluation.Score(heldOut)));
        }

        return new SupportCrossValidationResult(folds, SupportEvaluation.Score(pooled), Best(evaluation, evaluation.Cases));
    }

    /// <summary>The thresholds that judge <paramref name="cases"/> best; ties go to the first in grid order.</summary>
    public static SupportOptions Best(SupportEvaluation evaluation, IReadOnlyList<SupportCase> cases)
    {
        SupportOptions? best = null;
        var bestObjective = double.NegativeInfinity;
        foreach (var supports in Grid)
        {
            foreach (var related in Grid.Where(r => r <= supports))
            {
                var options = new SupportOptions(supports, related);
                var scores = SupportEvaluation.Score(evaluation.Judge(options, cases));
                var objective = (scores.Supports.F1 + scores.Disputes.F1) / 2;
                if (objective > bestObjective + 1e-12)
                {
                    (best, bestObjective) = (options, objective);
                }
            }
        }

        return best!;
    }
}
