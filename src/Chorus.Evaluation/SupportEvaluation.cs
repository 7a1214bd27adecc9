using Chorus.Core.Corroboration;

namespace Chorus.Evaluation;

/// <summary>Precision and recall of one judgment ("supports" or "disputes") over labelled pairs.</summary>
public sealed record JudgmentScore(string Judgment, int Correct, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One labelled pair judged: the person's label and the judge's verdict.</summary>
public sealed record JudgedCase(SupportCase Case, SupportVerdict Verdict);

/// <summary>Scores of the judge on a set of pairs: supports, disputes, and the accuracy over all three labels.</summary>
public sealed record SupportScores(JudgmentScore Supports, JudgmentScore Disputes, double Accuracy, int Pairs);

/// <summary>
/// Runs <see cref="SupportJudge"/> on labelled (claim, source) pairs and scores its verdicts. Each claim and source
/// sentence is read once (<see cref="ClaimReading"/>) however many pairs it is in.
/// </summary>
public sealed class SupportEvaluation(IReadOnlyList<SupportCase> cases)
{
    private readonly Dictionary<string, ClaimReading> readings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordWeights> weights = new(StringComparer.Ordinal);

    public IReadOnlyList<SupportCase> Cases { get; } = cases;

    public List<JudgedCase> Judge(SupportOptions options, IEnumerable<SupportCase>? subset = null) =>
        (subset ?? Cases).Select(c => new JudgedCase(c, SupportJudge.Judge(Read(c.Claim), c.Source.Select(Read).ToList(), WeightsOf(c.Cluster), options))).ToList();

    /// <summary>The word weights of a cluster: over every sentence of its labelled source articles, as a brief weighs them over its story.</summary>
    private WordWeights WeightsOf(string cluster)
    {
        if (!weights.TryGetValue(cluster, out var found))
        {
            var sentences = Cases.Where(c => c.Cluster == cluster).SelectMany(c => c.Source).Distinct(StringComparer.Ordinal);
            weights[cluster] = found = new WordWeights(sentences.Select(Read));
        }

        return found;
    }

    public static SupportScores Score(IReadOnlyList<JudgedCase> judged) => new(
        Of("supports", judged, SupportLabel.Supports, SupportKind.Supports),
        Of("disputes", judged, SupportLabel.Disputes, SupportKind.Disputes),
        judged.Count == 0 ? 0 : (double)judged.Count(j => (int)j.Verdict.Kind == (int)Expected(j.Case.Label)) / judged.Count,
        judged.Count);

    public ClaimReading Read(string text)
    {
        if (!readings.TryGetValue(text, out var reading))
        {
            readings[text] = reading = ClaimReading.Of(text);
        }

        return reading;
    }

    private static SupportKind Expected(SupportLabel label) => label switch
    {
        SupportLabel.Supports => SupportKind.Supports,
        SupportLabel.Disputes => SupportKind.Disputes,
        _ => SupportKind.Silent,
    };

    private static JudgmentScore Of(string name, IReadOnlyList<JudgedCase> judged, SupportLabel label, SupportKind kind) => new(
        name,
        judged.Count(j => j.Case.Label == label && j.Verdict.Kind == kind),
        judged.Count(j => j.Verdict.Kind == kind),
        judged.Count(j => j.Case.Label == label));
}
