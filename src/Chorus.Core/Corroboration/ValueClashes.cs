using System.Globalization;

namespace Chorus.Core.Corroboration;

/// <summary>
/// Values two sentences give for the same thing that cannot both be true: counts of the same event and class of
/// thing whose intervals do not meet ("nearly 4,000" people against "4,312" evacuated), different ages of the same
/// person (names compared by <see cref="ClaimReading.NameKey"/>: "Halvorsen", "Halvorssen"), different claimants of an
/// attack, different years. Whether the two
/// sentences are about the same thing at all is the judge's to decide. Weekdays are not compared: reports written on
/// different days name different days for one event. A part and its whole ("64 of the 122 seats") are not a clash,
/// since a sentence stating both values is compatible with either.
/// </summary>
internal static class ValueClashes
{
    public static ValueClash? First(ClaimReading claim, ClaimReading other) =>
        CountClash(claim, other) ?? AgeClash(claim, other) ?? Disjoint("actor", claim.ResponsibilityClaimers, other.ResponsibilityClaimers, strong: true)
        ?? Disjoint("year", claim.Years, other.Years, strong: false);

    /// <summary>
    /// Both state a count of the same event and thing, written in figures, with values that agree ("more than 2,000
    /// people fled" and "2,140 people fled"): the other sentence states that part of the claim.
    /// </summary>
    public static bool AgreeOnACount(ClaimReading claim, ClaimReading other) =>
        claim.Counts.Any(c => c.Phrase.Any(char.IsDigit) && other.Counts.Any(o => o.Phrase.Any(char.IsDigit) && SameThing(c, o) && o.Interval.Intersects(c.Interval)));

    private static ValueClash? CountClash(ClaimReading claim, ClaimReading other)
    {
        foreach (var count in claim.Counts)
        {
            var same = other.Counts.Where(c => SameThing(count, c)).ToList();
            if (same.Count > 0 && !same.Any(c => c.Interval.Intersects(count.Interval))
                && !claim.Counts.Any(c => same.Any(s => SameThing(c, s) && s.Interval.Intersects(c.Interval))))
            {
                return new ValueClash("count", count.Phrase, same[0].Phrase, Strong: true);
            }
        }

        return null;
    }

    /// <summary>The same event, and the same class of thing when both name one ("wounding 21" names none).</summary>
    private static bool SameThing(StatedCount a, StatedCount b) =>
        a.Event == b.Event && (a.Counted == b.Counted || a.Counted.Length == 0 || b.Counted.Length == 0);

    private static ValueClash? AgeClash(ClaimReading claim, ClaimReading other) =>
        claim.Ages.Count > 0 && other.Ages.Count > 0 && !claim.Ages.Overlaps(other.Ages) && SharesName(claim, other)
            ? new ValueClash("age", Join(claim.Ages), Join(other.Ages), Strong: true)
            : null;

    private static bool SharesName(ClaimReading claim, ClaimReading other) => claim.Keys.Overlaps(other.Keys);

    private static ValueClash? Disjoint<T>(string kind, IReadOnlySet<T> claim, IReadOnlySet<T> other, bool strong) =>
        claim.Count > 0 && other.Count > 0 && !claim.Overlaps(other) ? new ValueClash(kind, Join(claim), Join(other), strong) : null;

    private static string Join<T>(IEnumerable<T> values) =>
        string.Join(", ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
}
