using System.Collections.Frozen;

namespace Chorus.Core.Lexicon;

/// <summary>English auxiliary and modal verbs, lower case, in the groups the rules that read them need.</summary>
internal static class Auxiliaries
{
    /// <summary>The finite forms of "be": what makes a following participle passive or a clause's main verb.</summary>
    public static FrozenSet<string> FiniteBe { get; } = Of("is", "are", "was", "were");

    /// <summary>Every form of "be".</summary>
    public static FrozenSet<string> Be { get; } = Of([.. FiniteBe, "be", "been", "being"]);

    public static FrozenSet<string> Have { get; } = Of("has", "have", "had");

    public static FrozenSet<string> Do { get; } = Of("do", "does", "did");

    public static FrozenSet<string> Modals { get; } = Of("will", "would", "can", "could", "may", "might", "must", "should", "shall");

    /// <summary>
    /// The forms of "be" and "have" that stand between a subject and its main verb in news prose ("was killed",
    /// "have fled", "had been evacuated"): skipped to find where a subject ends or a predicate starts, and read as
    /// the verb that follows a counted noun. "be" and "being" are left out: they follow a modal ("will be
    /// deployed"), and a phrase that started at them would cut off the modal that gives them their sense.
    /// </summary>
    public static FrozenSet<string> Tense { get; } = Of([.. FiniteBe, "been", .. Have]);

    /// <summary>Every auxiliary and modal: none of them can be part of a noun phrase.</summary>
    public static FrozenSet<string> All { get; } = Of([.. Be, .. Have, .. Do, .. Modals]);

    private static FrozenSet<string> Of(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
