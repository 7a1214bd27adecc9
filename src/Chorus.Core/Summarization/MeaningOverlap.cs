using Chorus.Core.Semantic;

namespace Chorus.Core.Summarization;

/// <summary>
/// Whether two sentences of a story say the same thing in other words ("vowed to retake all the districts" and "had
/// plans to retake the districts"), which word overlap misses: cosine of their static sentence embeddings (the
/// distilled all-MiniLM-L6-v2 table), each sentence embedded once, when first compared.
/// </summary>
internal sealed class MeaningOverlap(StorySentences story, double threshold)
{
    private readonly Dictionary<int, float[]> embedded = [];

    public bool SameThing(int a, int b) => Vectors.Cosine(Embedding(a), Embedding(b)) >= threshold;

    private float[] Embedding(int index)
    {
        if (!embedded.TryGetValue(index, out var vector))
        {
            var embedder = StaticEmbedder.Shared;
            lock (embedder)
            {
                vector = embedder.Embed(story.All[index].Sentence.Text);
            }

            embedded[index] = vector;
        }

        return vector;
    }
}
