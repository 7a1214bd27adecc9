namespace Chorus.Core.Semantic;

/// <summary>
/// Turns texts into unit-length vectors such that texts saying the same thing have a high dot product (their cosine),
/// whatever words they use. Implementations are safe to call from several threads at once.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the representation, so vectors made by different embedders are never compared.</summary>
    string Name { get; }

    int Dimensions { get; }

    /// <summary>One unit vector per text, in order (an empty or wordless text gives the zero vector).</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
