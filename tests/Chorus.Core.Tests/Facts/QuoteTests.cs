using Chorus.Core.Facts;
using Xunit;

namespace Chorus.Core.Tests.Facts;

public class QuoteTests
{
    private static Quote Single(string text)
    {
        var facts = FactArticles.Facts(FactArticles.Make(text));
        return Assert.Single(facts.Quotes);
    }

    [Fact]
    public void AQuoteSplitByHeSaidIsOneQuoteWithBothPiecesAndTheLastNamedSpeaker()
    {
        const string text = "Interior minister Karel Dobrin visited the camp on Friday.\n\n“We will rebuild every house,” he said, “and every school in the valley.”";
        var quote = Single(text);
        Assert.Equal("We will rebuild every house and every school in the valley.", quote.Text);
        Assert.Equal("Karel Dobrin", quote.Speaker);
        var mention = Assert.Single(quote.Mentions);
        Assert.Equal(2, mention.Spans.Count);
        Assert.Equal("We will rebuild every house,", text.Substring(mention.Spans[0].Start, mention.Spans[0].Length));
        Assert.Equal("and every school in the valley.", text.Substring(mention.Spans[1].Start, mention.Spans[1].Length));
    }

    [Theory]
    [InlineData("“The bridge is closed until further notice,” said Lena Matic, the regional police chief.", "Lena Matic", "the regional police chief")]
    [InlineData("\"The bridge is closed until further notice,\" National Security Adviser Tomas Hale told reporters.", "Tomas Hale", "National Security Adviser")]
    [InlineData("‘The bridge is closed until further notice,’ provincial governor Amir Castel said.", "Amir Castel", "provincial governor")]
    [InlineData("Ministry spokesman Ivo Renn said: “The bridge is closed until further notice.”", "Ivo Renn", "Ministry spokesman")]
    [InlineData("“The bridge is closed until further notice,” according to Mara Velt.", "Mara Velt", null)]
    public void FindsTheSpeakerAndRoleInEveryAttributionPatternAndQuoteStyle(string text, string speaker, string? role)
    {
        var quote = Single(text);
        Assert.StartsWith("The bridge is closed until further notice", quote.Text, StringComparison.Ordinal);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.Role);
    }

    [Fact]
    public void AQuoteOfSeveralSentencesIsOneQuote()
    {
        var quote = Single("“It came like a wave. We ran to the roof. Then we waited,” said Oren Platt.");
        Assert.Equal("It came like a wave. We ran to the roof. Then we waited", quote.Text);
        Assert.Equal("Oren Platt", quote.Speaker);
    }

    [Fact]
    public void AQuoteAloneInItsParagraphContinuesThePreviousSpeaker()
    {
        var facts = FactArticles.Facts(FactArticles.Make("“We have food for a week,” mayor Ada Kiss said.\n\n“After that we need the army to open the road.”"));
        Assert.Equal(2, facts.Quotes.Count);
        Assert.All(facts.Quotes, q => Assert.Equal("Ada Kiss", q.Speaker));
    }

    [Fact]
    public void ApostrophesAndScareQuotesAreNotQuotes()
    {
        var facts = FactArticles.Facts(FactArticles.Make("The militants’ gains don’t worry the ministry, which called the report “absolutely” wrong."));
        Assert.Empty(facts.Quotes);
    }

    [Fact]
    public void TheSameQuoteInTwoSourcesIsOneQuoteWithBothAndTheWordingDifference()
    {
        var a = FactArticles.Make("“We opened every school and every mosque to families who lost their homes,” governor Amira Solt said.", id: "a");
        var b = FactArticles.Make("“We opened every school and mosque to families who had lost their homes,” said Governor Amira Sholt.", id: "b");
        var facts = FactArticles.Facts(a, b);
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal(2, quote.Mentions.Count);
        var difference = Assert.Single(quote.WordingDifferences);
        Assert.Contains("had", difference.Adds);
        Assert.Contains("every", difference.Lacks);
        Assert.DoesNotContain(facts.Conflicts, c => c.Kind == ClaimKind.Speaker);
    }

    [Fact]
    public void ADocumentThatSaysSomethingSpeaksForTheIssuerNamedBefore()
    {
        var facts = FactArticles.Facts(FactArticles.Make(
            "The border committee said 300 guards had been sent “to hold the river crossings”.\n\n“The guards will stay until the river falls,” said the statement, published by the state agency."));
        Assert.All(facts.Quotes, q => Assert.Equal("The border committee", q.Speaker));
    }

    [Fact]
    public void OneQuoteGivenToTwoSpeakersIsAConflict()
    {
        var a = FactArticles.Make("“We will not leave the valley before the water falls,” said Ana Rusk.", id: "a");
        var b = FactArticles.Make("“We will not leave the valley before the water falls,” said Petra Lind.", id: "b");
        var facts = FactArticles.Facts(a, b);
        Assert.Single(facts.Quotes);
        var conflict = Assert.Single(facts.Conflicts);
        Assert.Equal(ClaimKind.Speaker, conflict.Kind);
        Assert.Equal(["Ana Rusk", "Petra Lind"], conflict.Sides.Select(s => s.Values[0].Value).Order().ToArray());
    }

    [Theory]
    [InlineData("“This quote never closes and goes on and on")]
    [InlineData("He said ” and then “ and ’ and ‘ and \" marks everywhere.")]
    [InlineData("")]
    public void UnbalancedQuoteMarksNeverThrow(string text)
    {
        var facts = FactArticles.Facts(FactArticles.Make(text));
        Assert.All(facts.Quotes, q => Assert.NotEmpty(q.Text));
    }
}
