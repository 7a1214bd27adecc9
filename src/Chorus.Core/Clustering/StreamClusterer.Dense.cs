using Chorus.Core.Semantic;

namespace Chorus.Core.Clustering;

/// <summary>The dense part of the clusterer: embedding articles, the stories' dense centroids, the blended score.</summary>
public sealed partial class StreamClusterer
{
    /// <summary>The embedder in use (null: terms, entities and time only).</summary>
    public ITextEmbedder? Embedder => embedder;

    /// <summary>Prepares a batch, embedding its texts together (the contextual model is much faster in batches).</summary>
    public IReadOnlyList<PreparedDocument> PrepareAll(IReadOnlyList<ClusterDocument> documents)
    {
        var embeddings = embedder?.Embed(documents.Select(EmbeddingText).ToArray());
        var prepared = new PreparedDocument[documents.Count];
        Parallel.For(0, documents.Count, i => prepared[i] = Prepare(documents[i], embeddings?[i]));
        return prepared;
    }

    /// <summary>What is embedded of an article: its title and the start of its body, cut at a word boundary.</summary>
    public string EmbeddingText(ClusterDocument document)
    {
        var body = document.Text;
        if (body.Length > options.DenseLeadCharacters)
        {
            var cut = body.LastIndexOf(' ', options.DenseLeadCharacters);
            body = body[..(cut > 0 ? cut : options.DenseLeadCharacters)];
        }

        return string.IsNullOrWhiteSpace(document.Title) ? body : document.Title.Trim() + "\n" + body;
    }

    private static ITextEmbedder? DefaultEmbedder(DenseRepresentation representation) => representation switch
    {
        DenseRepresentation.Static => StaticEmbedder.Shared,
        DenseRepresentation.Contextual => ContextualEmbedder.Shared,
        _ => null,
    };

    /// <summary>The lexical score blended with the dense cosine; the lexical score alone when either side has no vector.</summary>
    private static double Blend(double lexical, float[]? embedding, double weight, StoryProfile story)
    {
        if (embedding is null || story.Dense is null || weight <= 0)
        {
            return lexical;
        }

        var dense = Math.Max(0, DenseCosine(embedding, story.Dense, story));
        return ((1 - weight) * lexical) + (weight * dense);
    }

    private static double DenseCosine(float[] unit, float[] dense, StoryProfile story)
    {
        if (story.DenseNorm == 0)
        {
            story.DenseNorm = MathF.Sqrt(Vectors.Dot(dense, dense));
        }

        return story.DenseNorm == 0 ? 0 : Vectors.Dot(unit, dense) / story.DenseNorm;
    }

    private static void AddDense(StoryProfile story, float[]? vector)
    {
        if (vector is null)
        {
            return;
        }

        if (story.Dense is null || story.Dense.Length != vector.Length)
        {
            story.Dense = new float[vector.Length];
        }

        Vectors.AddScaled(story.Dense, vector, 1);
        story.DenseNorm = 0;
    }

    /// <summary>A story's dense centroid as a unit vector (null when it has none).</summary>
    private static float[]? DenseCentroid(StoryProfile story)
    {
        if (story.Dense is null)
        {
            return null;
        }

        var unit = (float[])story.Dense.Clone();
        Vectors.Normalize(unit);
        return unit;
    }
}
