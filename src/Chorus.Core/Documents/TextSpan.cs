namespace Chorus.Core.Documents;

/// <summary>A half-open range of UTF-16 code units in an article's <see cref="Article.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start}..{End})";
}
