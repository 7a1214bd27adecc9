namespace Chorus.Core.Facts;

/// <summary>
/// How long a duration is, in the smallest unit of its family, so that wordings of one span in different units meet
/// ("two decades" and "almost 20 years" both reach 20 years). Months stay apart from years and weeks from months:
/// news rounds those conversions too loosely for them to say the same thing.
/// </summary>
public static class DurationSpans
{
    private static readonly IReadOnlyDictionary<string, (string Family, double Size)> Units = new Dictionary<string, (string, double)>(StringComparer.Ordinal)
    {
        ["year"] = ("year", 1),
        ["decade"] = ("year", 10),
        ["century"] = ("year", 100),
        ["day"] = ("day", 1),
        ["night"] = ("day", 1),
        ["week"] = ("day", 7),
        ["month"] = ("month", 1),
        ["second"] = ("second", 1),
        ["minute"] = ("second", 60),
        ["hour"] = ("second", 3600),
    };

    /// <summary>
    /// The span a duration allows in its family's unit, ends closed because a rounded duration may reach its round
    /// figure; null when the quantity is not a duration or its span is unbounded or reaches down to zero.
    /// </summary>
    public static (string Family, ValueInterval Span)? Of(Quantity quantity)
    {
        if (quantity.Unit is not null || !Units.TryGetValue(CountedNouns.Singular(quantity.Head.ToLowerInvariant()), out var unit))
        {
            return null;
        }

        var i = quantity.Interval;
        return double.IsPositiveInfinity(i.High) || i.Low <= 0 ? null : (unit.Family, ValueInterval.Closed(i.Low * unit.Size, i.High * unit.Size));
    }

    /// <summary>
    /// Two durations say one span when their families match and their closed spans meet: "nearly 20 years" reaches
    /// 20, as "two decades" does. Open-ended spans ("more than a decade") and "under" spans meet too much to say so.
    /// </summary>
    public static bool Same(Quantity one, Quantity other) =>
        Of(one) is { } a && Of(other) is { } b && a.Family == b.Family && a.Span.Intersects(b.Span);
}
