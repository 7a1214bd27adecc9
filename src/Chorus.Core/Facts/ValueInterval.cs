using System.Globalization;

namespace Chorus.Core.Facts;

/// <summary>
/// The range of values a stated number allows: bounds with open/closed ends; <see cref="double.PositiveInfinity"/>
/// for "more than". Two statements are compatible when their intervals intersect.
/// </summary>
public readonly record struct ValueInterval(double Low, bool LowOpen, double High, bool HighOpen)
{
    public static ValueInterval Exactly(double value) => new(value, false, value, false);

    public static ValueInterval Closed(double low, double high) => new(low, false, high, false);

    public bool Intersects(ValueInterval other) => !Intersect(other).IsEmpty;

    public bool IsEmpty => Low > High || (Low == High && (LowOpen || HighOpen));

    public ValueInterval Intersect(ValueInterval other)
    {
        var (low, lowOpen) = Low > other.Low ? (Low, LowOpen) : other.Low > Low ? (other.Low, other.LowOpen) : (Low, LowOpen || other.LowOpen);
        var (high, highOpen) = High < other.High ? (High, HighOpen) : other.High < High ? (other.High, other.HighOpen) : (High, HighOpen || other.HighOpen);
        return new ValueInterval(low, lowOpen, high, highOpen);
    }

    public bool Contains(double value) =>
        (LowOpen ? value > Low : value >= Low) && (HighOpen ? value < High : value <= High);

    public double Width => High - Low;

    public override string ToString()
    {
        static string N(double v) => double.IsPositiveInfinity(v) ? "∞" : v.ToString("0.###", CultureInfo.InvariantCulture);
        return $"{(LowOpen ? "(" : "[")}{N(Low)}, {N(High)}{(HighOpen ? ")" : "]")}";
    }
}
