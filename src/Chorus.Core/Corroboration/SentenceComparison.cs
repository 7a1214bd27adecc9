namespace Chorus.Core.Corroboration;

/// <summary>
/// Two values a claim and a source sentence give for the same thing ("21" wounded against "24"). A
/// <see cref="Strong"/> clash names its thing itself (the event counted, the person aged, the claiming of an attack),
/// so it disputes the claim wherever the source states it; a year clash needs the sentences to be about the same thing.
/// </summary>
public sealed record ValueClash(string Kind, string ClaimValue, string SourceValue, bool Strong);

/// <summary>
/// How a source sentence stands to a claim: <see cref="Coverage"/> is the mean of the weighted share of the claim's
/// words the sentence has and of the sentence's words the claim has (words weighed by <see cref="WordWeights"/>): a
/// long sentence that shares a few of the story's words with the claim is mostly about something else. Also the first
/// value it gives otherwise than the claim for the same thing, if any, and whether it gives the same count of the same
/// event (<see cref="SharedCount"/>).
/// </summary>
public sealed record SentenceComparison(int Sentence, double Coverage, ValueClash? Clash, bool SharedCount)
{
    public static SentenceComparison Of(ClaimReading claim, ClaimReading other, int sentence, WordWeights weights) =>
        new(sentence, CoverageOf(claim, other, weights), ValueClashes.First(claim, other), ValueClashes.AgreeOnACount(claim, other));

    /// <summary>
    /// Whether <paramref name="other"/> alone makes the judge speak of the claim, supporting or disputing it (a
    /// verdict other than silent when it is the source's only sentence): what <see cref="SupportJudge.Judge"/> decides
    /// of it, with the values compared only when the shared words do not settle it.
    /// </summary>
    public static bool Speaks(ClaimReading claim, ClaimReading other, WordWeights weights, SupportOptions options) =>
        Speaks(claim, other, CoverageOf(claim, other, weights), options);

    /// <summary><see cref="Speaks(ClaimReading, ClaimReading, WordWeights, SupportOptions)"/> with the coverage already measured (<see cref="ClaimWordIds"/>).</summary>
    public static bool Speaks(ClaimReading claim, ClaimReading other, double coverage, SupportOptions options)
    {
        if (coverage >= options.Supports || (coverage >= options.Related && ValueClashes.AgreeOnACount(claim, other)))
        {
            return true;
        }

        return ValueClashes.First(claim, other) is { } clash && (clash.Strong || coverage >= options.Related);
    }

    private static double CoverageOf(ClaimReading claim, ClaimReading other, WordWeights weights)
    {
        // A sentence that shares none of the claim's assertion words shares at most who spoke or where: not the claim.
        return claim.Assertion.Count > 0 && !SharesAssertion(claim, other)
            ? 0
            : (Share(claim, other, weights) + Share(other, claim, weights)) / 2;
    }

    private static bool SharesAssertion(ClaimReading claim, ClaimReading other)
    {
        foreach (var word in claim.Assertion)
        {
            if (other.AllWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The weighted share of <paramref name="sentence"/>'s words that <paramref name="among"/> has.</summary>
    private static double Share(ClaimReading sentence, ClaimReading among, WordWeights weights)
    {
        double total = 0, shared = 0;
        foreach (var word in sentence.AllWords)
        {
            var weight = weights.Of(word);
            total += weight;
            if (among.Has(word, sentence))
            {
                shared += weight;
            }
        }

        return total == 0 ? 0 : shared / total;
    }
}
