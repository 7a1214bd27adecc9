using Chorus.Core.Semantic;
using Xunit;

namespace Chorus.Core.Tests.Semantic;

/// <summary>The contextual model from its NuGet package, and a small distillation from it.</summary>
public sealed class ContextualEmbedderTests
{
    [Fact]
    public void AParaphraseScoresHigherThanAnUnrelatedSentenceAndVectorsAreUnitLength()
    {
        var embedder = ContextualEmbedder.Shared;
        var texts = StaticEmbedderTests.Triples.SelectMany(t => new[] { t.Sentence, t.Paraphrase, t.Unrelated }).ToArray();
        var v = embedder.Embed(texts);
        Assert.Equal(384, embedder.Dimensions);
        for (var i = 0; i < texts.Length; i += 3)
        {
            Assert.True(Vectors.Dot(v[i], v[i + 1]) > Vectors.Dot(v[i], v[i + 2]) + 0.3, texts[i]);
        }

        Assert.All(v, x => Assert.Equal(1.0, Math.Sqrt(Vectors.Dot(x, x)), 3));
        Assert.All(embedder.Embed([""])[0], x => Assert.Equal(0f, x));
        Assert.Equal(v[0], embedder.Embed([texts[0]])[0]);
    }

    [Fact]
    public void DistillingIsDeterministicAndGivesTheRequestedDimensions()
    {
        var options = new DistillOptions { Dimensions = 8, PieceLimit = 200, BatchSize = 100 };
        var first = StaticDistiller.Distill(options);
        var second = StaticDistiller.Distill(options);
        Assert.Equal(200, first.Pieces.Count);
        Assert.Equal(8, first.Dimensions);
        Assert.Equal(first.Pieces, second.Pieces);
        Assert.Equal(first.Vectors, second.Vectors);
        Assert.DoesNotContain(first.Pieces, p => p.StartsWith("[unused", StringComparison.Ordinal));
        Assert.Contains("PCA 8", first.Source, StringComparison.Ordinal);
    }
}
