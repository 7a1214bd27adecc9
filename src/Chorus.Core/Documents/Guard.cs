using System.Runtime.CompilerServices;

namespace Chorus.Core.Documents;

/// <summary>
/// Checks at the public entry points of Core: a value that would make a stage silently misbehave (a budget of
/// zero words, a share above one) is refused with an exception naming the parameter and the allowed range, so no
/// caller has to clamp and no mistake passes unseen. It lives beside the records every stage already uses.
/// </summary>
public static class Guard
{
    public static int AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}, not {value}.");

    public static long AtLeast(long value, long minimum, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}, not {value}.");

    public static double AtLeast(double value, double minimum, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}, not {value}.");

    /// <summary>A share or probability: a value from <paramref name="minimum"/> to <paramref name="maximum"/>, both included.</summary>
    public static double Between(double value, double minimum, double maximum, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= minimum && value <= maximum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be from {minimum} to {maximum}, not {value}.");

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be more than 0, not {value}.");

    public static TimeSpan Positive(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be longer than zero, not {value}.");

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException($"{name} must not be empty.", name);
}
