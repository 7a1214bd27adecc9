namespace Chorus.Core.Corroboration;

/// <summary>What a source says of a claim.</summary>
public enum SupportKind
{
    Silent,
    Supports,
    Disputes,
}

/// <summary>
/// A source's stance on a claim, the source sentences it rests on (best first), the score of the best one, and for a
/// dispute the values that clash.
/// </summary>
public sealed record SupportVerdict(SupportKind Kind, IReadOnlyList<int> Evidence, double Score, ValueClash? Clash)
{
    public static SupportVerdict Silent(double score) => new(SupportKind.Silent, [], score, null);
}

/// <summary>
/// The two settings of the judgment, chosen by leave-one-cluster-out cross-validation on the labelled pairs
/// (docs/EVALUATION.md): <see cref="Supports"/> is the weighted share of a claim's words a sentence needs to state
/// it, <see cref="Related"/> the share it needs to be about the same thing, so that another value it gives disputes
/// the claim.
/// </summary>
public sealed record SupportOptions(double Supports = 0.25, double Related = 0.175);

/// <summary>
/// Decides, per claim and source, whether the source states the claim, states another value for the same thing (a
/// dispute), or is silent. A source sentence's score is how much of the claim's words it has and how much of its
/// words the claim has, each word weighed by how rare it is in the story (<see cref="SentenceComparison"/>):
/// sentences that only share the story's common words, or a speaker's name, score low. A sentence about the same
/// thing that states the same count of the same event supports the part of the claim it states ("2,140 people fled"
/// for "… after more than 2,000 people fled"). A sentence that gives another count of the same event, another age of
/// the same person, another claimant of an attack, or (when about the same thing) another year disputes the claim
/// even when another sentence agrees (a detail dispute outweighs agreement: the brief must show it).
/// </summary>
public static class SupportJudge
{
    public static SupportVerdict Judge(ClaimReading claim, IReadOnlyList<ClaimReading> source, WordWeights weights, SupportOptions? options = null)
    {
        options ??= new SupportOptions();
        var compared = new SentenceComparison[source.Count];
        for (var i = 0; i < compared.Length; i++)
        {
            compared[i] = SentenceComparison.Of(claim, source[i], i, weights);
        }

        // Best coverage first, then in sentence order: a total order, so any sort gives the same list.
        Array.Sort(compared, (a, b) => a.Coverage != b.Coverage ? b.Coverage.CompareTo(a.Coverage) : a.Sentence.CompareTo(b.Sentence));
        if (compared.Length == 0)
        {
            return SupportVerdict.Silent(0);
        }

        var dispute = compared.FirstOrDefault(c => c.Clash is { } clash && (clash.Strong || c.Coverage >= options.Related));
        if (dispute is not null)
        {
            return new SupportVerdict(SupportKind.Disputes, [dispute.Sentence], dispute.Coverage, dispute.Clash);
        }

        var supporting = compared.Where(c => c.Coverage >= options.Supports || (c.SharedCount && c.Coverage >= options.Related))
            .Select(c => c.Sentence).ToList();
        return supporting.Count > 0
            ? new SupportVerdict(SupportKind.Supports, supporting, compared.First(c => c.Sentence == supporting[0]).Coverage, null)
            : SupportVerdict.Silent(compared[0].Coverage);
    }
}
