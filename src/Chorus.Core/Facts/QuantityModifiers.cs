namespace Chorus.Core.Facts;

/// <summary>How a modifier turns a stated number N into the interval of values it allows.</summary>
internal enum IntervalRule
{
    /// <summary>No modifier: exactly [N, N].</summary>
    Exact,

    /// <summary>"nearly", "almost", "close to", "just under": [0.9·N, N) — below N, but not far below.</summary>
    JustBelow,

    /// <summary>"more than", "over", "above": (N, ∞).</summary>
    Above,

    /// <summary>"at least", "no fewer than": [N, ∞).</summary>
    AtLeast,

    /// <summary>"less than", "fewer than", "under", "below": [0, N).</summary>
    Below,

    /// <summary>"at most", "up to", "no more than": [0, N].</summary>
    AtMost,

    /// <summary>"about", "around", "approximately", "some", "an estimated": N ± 10 %.</summary>
    Approximately,
}

/// <summary>
/// The modifiers of approximate numbers, longest first so "just over" wins over "over". The interval rules
/// (see <see cref="IntervalRule"/>) are documented in docs/FACTS.md; the 10 % width of "nearly" and "about" is
/// how far news writers round: "nearly 1,000" for 950 is usual, for 800 it is not.
/// </summary>
internal static class QuantityModifiers
{
    /// <summary>Relative width of "nearly N" ([N·(1−w), N)) and "about N" (N·(1±w)).</summary>
    public const double ApproximateWidth = 0.10;

    public static readonly IReadOnlyList<(string Phrase, IntervalRule Rule)> Table =
    [
        ("no fewer than", IntervalRule.AtLeast), ("no less than", IntervalRule.AtLeast), ("a minimum of", IntervalRule.AtLeast),
        ("no more than", IntervalRule.AtMost), ("a maximum of", IntervalRule.AtMost), ("upwards of", IntervalRule.Above),
        ("in excess of", IntervalRule.Above), ("just over", IntervalRule.Above), ("just under", IntervalRule.JustBelow),
        ("close to", IntervalRule.JustBelow), ("more than", IntervalRule.Above), ("fewer than", IntervalRule.Below),
        ("less than", IntervalRule.Below), ("at least", IntervalRule.AtLeast), ("at most", IntervalRule.AtMost),
        ("up to", IntervalRule.AtMost), ("an estimated", IntervalRule.Approximately), ("some", IntervalRule.Approximately),
        ("nearly", IntervalRule.JustBelow), ("almost", IntervalRule.JustBelow), ("over", IntervalRule.Above),
        ("above", IntervalRule.Above), ("under", IntervalRule.Below), ("below", IntervalRule.Below),
        ("about", IntervalRule.Approximately), ("around", IntervalRule.Approximately), ("approximately", IntervalRule.Approximately),
        ("roughly", IntervalRule.Approximately), ("estimated", IntervalRule.Approximately), ("circa", IntervalRule.Approximately),
    ];

    /// <summary>Verbs after which "over", "under" or "around" is a particle, not a modifier ("handed over seven bases").</summary>
    public static readonly IReadOnlySet<string> ParticleVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn", "turns", "turned", "turning",
        "win", "wins", "won", "pass", "passed", "passes", "sign", "signed", "signs", "go", "went", "gone", "come", "came",
        "look", "looked", "run", "ran", "get", "got", "brought", "bring", "fought", "turns", "spread", "knocked", "looking",
    };

    public static ValueInterval Apply(IntervalRule rule, double n) => rule switch
    {
        IntervalRule.JustBelow => new ValueInterval(n * (1 - ApproximateWidth), false, n, true),
        IntervalRule.Above => new ValueInterval(n, true, double.PositiveInfinity, true),
        IntervalRule.AtLeast => new ValueInterval(n, false, double.PositiveInfinity, true),
        IntervalRule.Below => new ValueInterval(0, false, n, true),
        IntervalRule.AtMost => ValueInterval.Closed(0, n),
        IntervalRule.Approximately => ValueInterval.Closed(n * (1 - ApproximateWidth), n * (1 + ApproximateWidth)),
        _ => ValueInterval.Exactly(n),
    };

    /// <summary>A modifier applied to a range or a vague amount keeps the wider reading: "over hundreds" is still hundreds.</summary>
    public static ValueInterval Apply(IntervalRule rule, ValueInterval range) => rule switch
    {
        IntervalRule.Above or IntervalRule.AtLeast => new ValueInterval(range.Low, rule == IntervalRule.Above, double.PositiveInfinity, true),
        IntervalRule.Below or IntervalRule.AtMost => new ValueInterval(0, false, range.High, rule == IntervalRule.Below),
        _ => range,
    };
}
