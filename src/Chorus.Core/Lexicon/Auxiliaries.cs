using System.Collections.Frozen;

namespace Chorus.Core.Lexicon;

/// <summary>English auxiliary and modal verbs, lower case.</summary>
internal static class Auxiliaries
{
    /// <summary>
    /// The forms of "be" and "have" that stand between a subject and its main verb in news prose ("was killed",
    /// "have fled", "had been evacuated"): skipped to find where a subject ends or a predicate starts, and read as
    /// the verb that follows a counted noun. "be" and "being" are left out: they follow a modal ("will be
    /// deployed"), and a phrase that started at them would cut off the modal that gives them their sense.
    /// </summary>
    public static FrozenSet<string> Tense { get; } = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "been", "has", "have", "had"], StringComparer.Ordinal);

    /// <summary>Every auxiliary and modal: none of them can be part of a noun phrase.</summary>
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
        Tense.Concat(["be", "being", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall"]),
        StringComparer.Ordinal);
}
