namespace Chorus.Core.Summarization;

/// <summary>
/// The brief's checks of whether two sentences say one thing (<see cref="MeaningOverlap"/>, <see cref="ClaimOverlap"/>)
/// as one symmetric test, each pair judged once: the submodular selector swaps sentences in and out, so a pair must be
/// refused whichever of the two was chosen first.
/// </summary>
internal sealed class PairRepeats(MeaningOverlap? meaning, ClaimOverlap? claims)
{
    private readonly Dictionary<(int, int), bool> judged = [];

    /// <summary>The checks the options switch on, or null when none is.</summary>
    public static PairRepeats? For(StorySentences story, SummarizerOptions options) =>
        options.MeaningRedundancy is null && options.ClaimContainment is null
            ? null
            : new PairRepeats(
                options.MeaningRedundancy is { } threshold ? new MeaningOverlap(story, threshold) : null,
                options.ClaimContainment is { } containment ? new ClaimOverlap(story, containment) : null);

    public bool Repeat(int a, int b)
    {
        var key = a < b ? (a, b) : (b, a);
        if (!judged.TryGetValue(key, out var same))
        {
            same = meaning?.SameThing(a, b) == true || claims?.SameClaim(a, b) == true || claims?.SameClaim(b, a) == true;
            judged[key] = same;
        }

        return same;
    }
}
