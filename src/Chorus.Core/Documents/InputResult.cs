using System.Diagnostics.CodeAnalysis;

namespace Chorus.Core.Documents;

/// <summary>
/// What reading one input gave: its value, or the <see cref="InputProblem"/> that names the input and says why it
/// could not be read. Readers, decoders, the fetcher and the data-set loaders return this instead of throwing,
/// returning null or filling out-lists: a bad input is an expected outcome at the edges, and the caller decides
/// whether the run goes on. Asking a failed result for its <see cref="Value"/> is a programming error and throws.
/// </summary>
public sealed class InputResult<T>
{
    private readonly T value;

    internal InputResult(T value, InputProblem? problem)
    {
        this.value = value;
        Problem = problem;
    }

    /// <summary>Why the input could not be read; null when it was.</summary>
    public InputProblem? Problem { get; }

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public T Value => Problem is null ? value : throw new InvalidOperationException($"no value was read: {Problem}");

    public static implicit operator InputResult<T>(InputProblem problem) => InputResult.Failure<T>(problem);

    public bool TryGetValue([MaybeNullWhen(false)] out T read)
    {
        read = value;
        return Problem is null;
    }

    /// <summary>The value turned into another, or the same problem.</summary>
    public InputResult<TNext> Select<TNext>(Func<T, TNext> map) =>
        Problem is null ? InputResult.Success(map(value)) : InputResult.Failure<TNext>(Problem);

    /// <summary>The value handed to the next step that may fail in its turn, or the same problem.</summary>
    public InputResult<TNext> Then<TNext>(Func<T, InputResult<TNext>> next) =>
        Problem is null ? next(value) : InputResult.Failure<TNext>(Problem);

    /// <summary>The problem reworded (for example with the reader's consequence added); a value passes unchanged.</summary>
    public InputResult<T> MapProblem(Func<InputProblem, InputProblem> reword) =>
        Problem is null ? this : InputResult.Failure<T>(reword(Problem));

    public TOut Match<TOut>(Func<T, TOut> succeeded, Func<InputProblem, TOut> failed) =>
        Problem is null ? succeeded(value) : failed(Problem);

    public override string ToString() => Problem?.ToString() ?? $"read: {value}";
}

/// <summary>Makes results without spelling the type twice, and splits many results into values and problems.</summary>
public static class InputResult
{
    public static InputResult<T> Success<T>(T value) => new(value, null);

    public static InputResult<T> Failure<T>(InputProblem problem) => new(default!, problem ?? throw new ArgumentNullException(nameof(problem)));

    public static InputResult<T> Failure<T>(string input, string message, ProblemSeverity severity = ProblemSeverity.Warning) =>
        Failure<T>(new InputProblem(input, message, severity));

    /// <summary>The values read, in order.</summary>
    public static IEnumerable<T> Values<T>(this IEnumerable<InputResult<T>> results)
    {
        foreach (var result in results)
        {
            if (result.TryGetValue(out var value))
            {
                yield return value;
            }
        }
    }

    /// <summary>The problems, in order.</summary>
    public static IEnumerable<InputProblem> Problems<T>(this IEnumerable<InputResult<T>> results) =>
        results.Select(r => r.Problem).OfType<InputProblem>();
}
