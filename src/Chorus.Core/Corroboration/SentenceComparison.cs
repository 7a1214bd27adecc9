namespace Chorus.Core.Corroboration;

/// <summary>
/// Two values a claim and a source sentence give for the same thing ("21" wounded against "24"). A
/// <see cref="Strong"/> clash names its thing itself (the event counted, the person aged, the claiming of an attack),
/// so it disputes the claim wherever the source states it; a year clash needs the sentences to be about the same thing.
/// </summary>
public sealed record ValueClash(string Kind, string ClaimValue, string SourceValue, bool Strong);

/// <summary>
/// How a source sentence stands to a claim: the weighted share of the claim's words it has (<see cref="Coverage"/>;
/// words weighed by <see cref="WordWeights"/>), the first value it gives otherwise than the claim for the same
/// thing, if any, and whether it gives the same count of the same event (<see cref="SharedCount"/>).
/// </summary>
public sealed record SentenceComparison(int Sentence, double Coverage, ValueClash? Clash, bool SharedCount)
{
    public static SentenceComparison Of(ClaimReading claim, ClaimReading other, int sentence, WordWeights weights)
    {
        double total = 0, shared = 0;
        foreach (var word in claim.AllWords)
        {
            var weight = weights.Of(word);
            total += weight;
            if (other.AllWords.Contains(word))
            {
                shared += weight;
            }
        }

        return new(sentence, total == 0 ? 0 : shared / total, ValueClashes.First(claim, other), ValueClashes.AgreeOnACount(claim, other));
    }
}
