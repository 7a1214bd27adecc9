namespace Chorus.Evaluation;

/// <summary>
/// How far one system is ahead of another on the clusters both summarized: the mean per-cluster difference of F1
/// (reference minus other) with a paired percentile-bootstrap interval, the right test of "beats" because both
/// systems are scored on the same resampled clusters.
/// </summary>
public sealed record PairedComparison(string Reference, string Other, int Clusters, MeanInterval Rouge1Delta, MeanInterval Rouge2Delta)
{
    /// <summary>
    /// Whether the reference's mean F1 exceeds the other's by more than the wider of their two unpaired interval
    /// half-widths: the stricter, unpaired criterion, reported beside the paired interval.
    /// </summary>
    public bool Rouge1BeyondHalfWidth { get; init; }

    /// <inheritdoc cref="Rouge1BeyondHalfWidth"/>
    public bool Rouge2BeyondHalfWidth { get; init; }

    /// <summary>Whether the paired interval of the difference lies wholly above zero.</summary>
    public bool Rouge1Significant => Rouge1Delta.Low > 0;

    /// <inheritdoc cref="Rouge1Significant"/>
    public bool Rouge2Significant => Rouge2Delta.Low > 0;

    /// <summary>
    /// Compares <paramref name="reference"/> with <paramref name="other"/> on the clusters both have a summary for,
    /// in the reference's cluster order, resampled with the bootstrap's fixed seed.
    /// </summary>
    public static PairedComparison Compare(SystemEvaluation reference, SystemEvaluation other)
    {
        var others = other.Clusters.ToDictionary(c => c.ClusterId, StringComparer.Ordinal);
        var pairs = reference.Clusters
            .Where(c => others.ContainsKey(c.ClusterId))
            .Select(c => (Ours: c.Scores, Theirs: others[c.ClusterId].Scores))
            .ToList();
        var rouge1 = Bootstrap.Interval(pairs.Select(p => p.Ours.Rouge1.Fmeasure - p.Theirs.Rouge1.Fmeasure).ToList());
        var rouge2 = Bootstrap.Interval(pairs.Select(p => p.Ours.Rouge2.Fmeasure - p.Theirs.Rouge2.Fmeasure).ToList());
        return new PairedComparison(reference.Name, other.Name, pairs.Count, rouge1, rouge2)
        {
            Rouge1BeyondHalfWidth = BeyondHalfWidth(reference.Aggregates["rouge1"], other.Aggregates["rouge1"]),
            Rouge2BeyondHalfWidth = BeyondHalfWidth(reference.Aggregates["rouge2"], other.Aggregates["rouge2"]),
        };
    }

    /// <summary>Every other system compared with the one named <paramref name="referenceName"/>, if it was run.</summary>
    public static List<PairedComparison> Against(string referenceName, IReadOnlyList<SystemEvaluation> systems)
    {
        var reference = systems.FirstOrDefault(s => s.Name == referenceName);
        return reference is null
            ? []
            : systems.Where(s => s.Name != referenceName).Select(s => Compare(reference, s)).ToList();
    }

    private static bool BeyondHalfWidth(RougeAggregate ours, RougeAggregate theirs) =>
        ours.Fmeasure - theirs.Fmeasure > Math.Max(ours.HalfWidth, theirs.HalfWidth);
}
