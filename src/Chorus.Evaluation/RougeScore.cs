namespace Chorus.Evaluation;

/// <summary>Precision, recall and their harmonic mean for one ROUGE variant.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double Fmeasure)
{
    public static readonly RougeScore Zero = new(0, 0, 0);

    public static RougeScore FromCounts(int hits, int predictionCount, int referenceCount)
    {
        var precision = (double)hits / Math.Max(predictionCount, 1);
        var recall = (double)hits / Math.Max(referenceCount, 1);
        return new RougeScore(precision, recall, Harmonic(precision, recall));
    }

    public static double Harmonic(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

/// <summary>The four ROUGE variants rouge_score reports for one prediction against one reference.</summary>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL, RougeScore RougeLsum)
{
    public static readonly IReadOnlyList<string> Names = ["rouge1", "rouge2", "rougeL", "rougeLsum"];

    public RougeScore this[string name] => name switch
    {
        "rouge1" => Rouge1,
        "rouge2" => Rouge2,
        "rougeL" => RougeL,
        "rougeLsum" => RougeLsum,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a ROUGE variant"),
    };

    /// <summary>The component-wise mean of several scores (e.g. one per reference summary).</summary>
    public static RougeScores Mean(IReadOnlyList<RougeScores> scores)
    {
        RougeScore Avg(Func<RougeScores, RougeScore> pick) => new(
            scores.Average(s => pick(s).Precision), scores.Average(s => pick(s).Recall), scores.Average(s => pick(s).Fmeasure));
        return new RougeScores(Avg(s => s.Rouge1), Avg(s => s.Rouge2), Avg(s => s.RougeL), Avg(s => s.RougeLsum));
    }
}
