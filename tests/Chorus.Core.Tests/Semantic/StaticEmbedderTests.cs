using Chorus.Core.Semantic;
using Xunit;

namespace Chorus.Core.Tests.Semantic;

/// <summary>The static embedder over the bundled table, on sentences written for these tests.</summary>
public sealed class StaticEmbedderTests
{
    internal static readonly (string Sentence, string Paraphrase, string Unrelated)[] Triples =
    [
        ("The central bank raised interest rates on Tuesday.", "On Tuesday the central bank lifted borrowing costs.", "A rare orchid bloomed in the botanical garden."),
        ("Floodwater forced thousands of people from their homes.", "Thousands were made homeless when the floods came.", "The striker signed a new contract with the club."),
        ("The minister resigned after the corruption scandal.", "Following the bribery affair, the minister stepped down.", "Astronomers photographed a comet passing the sun."),
        ("Rescuers pulled two miners alive from the collapsed shaft.", "Two trapped miners were brought out of the mine alive.", "The bakery sells bread made with ancient grains."),
    ];

    private static readonly StaticEmbedder Embedder = StaticEmbedder.Shared;

    [Fact]
    public void TheBundledTableLoadsWithItsProvenance()
    {
        Assert.Equal(256, Embedder.Dimensions);
        Assert.True(Embedder.Table.Pieces.Count > 25_000);
        Assert.Contains("all-MiniLM-L6-v2", Embedder.Table.Source, StringComparison.Ordinal);
        Assert.Contains("Model2Vec", Embedder.Table.Source, StringComparison.Ordinal);
        Assert.StartsWith("static:", Embedder.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void AParaphraseScoresHigherThanAnUnrelatedSentence()
    {
        foreach (var (sentence, paraphrase, unrelated) in Triples)
        {
            var v = Embedder.Embed([sentence, paraphrase, unrelated]);
            var close = Vectors.Dot(v[0], v[1]);
            var far = Vectors.Dot(v[0], v[2]);
            Assert.True(close > far + 0.2, $"'{sentence}': paraphrase {close:F3}, unrelated {far:F3}");
        }
    }

    [Fact]
    public void VectorsAreUnitLengthAndAWordlessTextIsZero()
    {
        var vectors = Embedder.Embed(["Heavy snow closed the mountain highway.", "A", "", "?!", "Наводнение"]);
        Assert.Equal(1.0, Math.Sqrt(Vectors.Dot(vectors[0], vectors[0])), 4);
        Assert.Equal(1.0, Math.Sqrt(Vectors.Dot(vectors[1], vectors[1])), 4);
        Assert.All(vectors[2], x => Assert.Equal(0f, x));
        Assert.All(vectors, v => Assert.Equal(256, v.Length));
    }

    [Fact]
    public void TheSameTextAlwaysGivesTheSameVector()
    {
        const string text = "Parliament passed the budget by a narrow margin after a long night.";
        var first = Embedder.Embed(text);
        var again = Embedder.Embed([text, "something else", text]);
        Assert.Equal(first, again[0]);
        Assert.Equal(first, again[2]);
        using var copy = new MemoryStream();
        Embedder.Table.Write(copy);
        copy.Position = 0;
        var reloaded = new StaticEmbedder(StaticEmbeddingTable.Read(copy, "copy"));
        Assert.Equal(first, reloaded.Embed(text));
    }

    [Fact]
    public void CaseAndAccentsDoNotChangeTheVector()
    {
        Assert.Equal(Embedder.Embed("The cafe in Zurich reopened"), Embedder.Embed("THE CAFÉ IN ZÜRICH REOPENED"));
    }
}
