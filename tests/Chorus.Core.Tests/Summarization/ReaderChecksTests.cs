using Chorus.Core.Summarization;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Summarization;

public class ReaderChecksTests
{
    [Theory]
    [InlineData("Who will pay for the repairs?", true)]
    [InlineData("“Who will pay for the repairs?”", true)]
    [InlineData("The council asked who would pay for the repairs.", false)]
    public void QuestionsAreQuestionsQuotedOrNot(string text, bool question) => Assert.Equal(question, ReaderChecks.IsQuestion(text));

    [Theory]
    [InlineData("A quiet battle has also been building online.", true)]
    [InlineData("A quiet battle over the Teshkan dam has been building online.", false)]
    [InlineData("More than 4,000 people have been building levees overnight.", false)]
    [InlineData("Engineers working through the night said the spillway gate had jammed open after the rain.", false)]
    public void ShortSentencesThatNameNothingAreTeasers(string text, bool teaser) =>
        Assert.Equal(teaser, ReaderChecks.IsTeaser(text, text.Split(' ').Length, 12));

    [Theory]
    [InlineData("He told reporters the dam would hold.", true)]
    [InlineData("After a three-month impasse, they agreed to share power.", true)]
    [InlineData("It said the gate had jammed.", true)]
    [InlineData("The ministry said the border was closed.", true)]
    [InlineData("The border stays closed until further notice, she said.", true)]
    [InlineData("Prime Minister Ana Rusk said she would visit the town.", false)]
    [InlineData("Veldorian officials said their crews would stay.", false)]
    [InlineData("The dam held on Monday, but it may not hold for long.", false)]
    [InlineData("At least seven people died and more than 4,000 were forced from their homes.", false)]
    [InlineData("His party won 64 of the 122 seats.", true)]
    public void SentencesLeaningOnAnEarlierNameNeedAnAntecedent(string text, bool needs) =>
        Assert.Equal(needs, ReaderChecks.NeedsAntecedent(text));

    [Fact]
    public void TheBriefSummarizerSkipsPronounLeadsTeasersAndRepeats()
    {
        string[] texts =
        [
            "He told reporters the Teshkan dam would hold through the storm season. Engineers inspected the Teshkan dam on Monday after heavy rain flooded Kharsun.",
            "He told reporters the Teshkan dam would hold through the storm season. Engineers from the water ministry inspected the Teshkan dam on Monday after the flood.",
            "He told reporters the Teshkan dam would hold through the storm season. A quiet worry has also been growing online.",
        ];
        var documents = texts.Select((t, i) => new SummaryDocument($"D{i}", $"D{i}", SentenceReader.Read($"D{i}", t))).ToList();

        var chosen = new CorroborationSummarizer().Summarize(documents, SummaryBudget.OfWords(60)).Select(s => s.Text).ToList();

        Assert.DoesNotContain(chosen, s => s.StartsWith("He ", StringComparison.Ordinal));
        Assert.DoesNotContain(chosen, s => s.Contains("online", StringComparison.Ordinal));
        Assert.Single(chosen, s => s.StartsWith("Engineers", StringComparison.Ordinal));
    }
}
