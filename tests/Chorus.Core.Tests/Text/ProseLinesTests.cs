using System.Text;
using Chorus.Core.Cleaning;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Text;

public class ProseLinesTests
{
    private const string Headline = "Premier rejects talks abroad";

    /// <summary>A wire story written for these tests: a dateline, wire quotes, and the abbreviations of wire copy.</summary>
    private static readonly string[] Paragraphs =
    [
        "PHNOM PENH, Cambodia (AP) -- Premier Hun Sen on Friday rejected calls by the opposition for talks abroad, saying every meeting on Cambodian affairs must be held inside the kingdom.",
        "``No one should take our affairs abroad. It hurts our sovereignty,'' Hun Sen told reporters after a Cabinet meeting on Friday in the capital.",
        "His party won 64 of the 122 seats in the July elections, short of the two-thirds majority needed to govern alone. The U.N. Security Council said on Sept. 3 that it was following events closely.",
        "U.S. Sen. John Kerry and Gov. Paul Patton of Kentucky urged Mr. Hun Sen to meet opposition leaders Prince Norodom Ranariddh and Sam Rainsy in Phnom Penh. The opposition has staged protests since Aug. 24 outside the National Assembly.",
    ];

    private static string Unwrapped => Headline + "\n\n" + string.Join("\n\n", Paragraphs) + "\n";

    /// <summary>What <c>fold -s -w 72</c> makes of a paragraph: break after the last space that keeps a line within 72 columns.</summary>
    private static string Fold(string paragraph, int width = 72)
    {
        var lines = new StringBuilder();
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length > width)
            {
                lines.Append(line).Append('\n');
                line.Clear();
            }

            line.Append(word).Append(' ');
        }

        return lines.Append(line.ToString().TrimEnd()).ToString();
    }

    private static Article Clean(string text) => TextScrapeCleaner.Clean(new RawDocument("story.txt", text, ContentKind.PlainText));

    private static List<string> SentencesOf(string text) => BriefPipeline.SentencesOf(Clean(text)).Select(s => s.Text).ToList();

    [Fact]
    public void FoldedAndUnfoldedStoriesGiveTheSameSentences()
    {
        var folded = Headline + "\n\n" + string.Join("\n\n", Paragraphs.Select(p => Fold(p))) + "\n";
        Assert.Contains('\n', Fold(Paragraphs[0]));

        var expected = SentencesOf(Unwrapped);
        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, SentencesOf(folded));
    }

    [Fact]
    public void ParagraphsMarkedByIndentationAloneAreParagraphs()
    {
        var indented = Headline + "\n" + string.Join("\n", Paragraphs.Select(p => Fold("    " + p))) + "\n";

        var article = Clean(indented);

        Assert.Equal(SentencesOf(Unwrapped), BriefPipeline.SentencesOf(article).Select(s => s.Text));
        Assert.Equal(Paragraphs.Length, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
    }

    [Fact]
    public void WireStoryWrappedInOneBlockReadsAsProse()
    {
        // DUC-style copy: no blank lines at all, ragged right edge, trailing spaces.
        var block = string.Join(" ", Paragraphs);
        var ragged = Fold(block, 74).Replace("\n", " \n", StringComparison.Ordinal);

        var sentences = SentencesOf(ragged);

        Assert.Equal(SentencesOf(Unwrapped), sentences);
        Assert.StartsWith("Premier Hun Sen on Friday rejected", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AbbreviationsAtTheEndOfAWrappedLineDoNotEndSentences()
    {
        const string sentence = "Officials at the U.N. headquarters said on Sept. 3 that U.S. Sen. John Kerry and Gov. Paul Patton had met Mr. Hun Sen and Dr. Lee in the capital for talks on the crisis.";

        // Every width puts some abbreviation at a line end.
        for (var width = 44; width <= 80; width++)
        {
            Assert.Equal([sentence], SentencesOf(Fold(sentence, width) + "\n"));
        }
    }

    [Fact]
    public void TheDatelineIsReadOffAndWireQuotesBecomePlainQuotes()
    {
        var article = Clean(Headline + "\n\n" + string.Join("\n\n", Paragraphs.Select(p => Fold(p))));

        Assert.Equal("PHNOM PENH, Cambodia", article.Dateline);
        Assert.Equal("AP", article.Outlet.Name);
        var sentences = BriefPipeline.SentencesOf(article);
        Assert.StartsWith("Premier Hun Sen", sentences[0].Text, StringComparison.Ordinal);
        Assert.Equal("\"No one should take our affairs abroad.", sentences[1].Text);
        Assert.True(sentences[1].IsQuoteFragment);
        Assert.True(sentences[2].IsQuoteFragment);
        Assert.False(sentences[3].IsQuoteFragment);
    }

    [Fact]
    public void WrappingMakesNoEntityOfAWordLeftAtALineEnd()
    {
        var block = string.Join(" ", Paragraphs);
        static List<string> Entities(string text) =>
            BriefPipeline.Run([new RawDocument("a.txt", text, ContentKind.PlainText)]).Brief!.Facts.Entities.Select(e => e.Name).Order(StringComparer.Ordinal).ToList();

        var unwrapped = Entities(block);
        foreach (var width in new[] { 60, 64, 70, 72 })
        {
            var wrapped = Entities(Fold(block, width));
            Assert.Equal(unwrapped, wrapped);
            Assert.Contains("Sam Rainsy", wrapped);
            Assert.DoesNotContain("Sam", wrapped);
        }
    }

    [Fact]
    public void SeedPagesFoldedAt72ColumnsGiveTheSeedsSentences()
    {
        // The seed scrapes write one paragraph a line, mostly without blank lines between: folding them hides where
        // most paragraphs end, yet every sentence must come back whole.
        var folded = Seeds.All.Select(d => d with { Content = string.Join('\n', d.Content.Split('\n').Select(l => Fold(l))) }).ToList();

        var original = TextScrapeCleaner.CleanAll(Seeds.All).Select(a => BriefPipeline.SentencesOf(a).Select(s => s.Text)).ToList();
        var wrapped = TextScrapeCleaner.CleanAll(folded).Select(a => BriefPipeline.SentencesOf(a).Select(s => s.Text)).ToList();

        Assert.Equal(original, wrapped);
        Assert.Contains(folded, d => d.Content.Split('\n').Length > Seeds.All.Single(s => s.Origin == d.Origin).Content.Split('\n').Length);
    }

    [Fact]
    public void LinesWrittenOneParagraphEachAreLeftAlone()
    {
        var lines = ProseLines.Read(Unwrapped).Select(l => l.Text).Where(l => l.Length > 0).ToList();
        Assert.Equal([Headline, .. Paragraphs.Select(ProseLines.NewswireQuotes)], lines);

        const string menu = "Home\nWorld news from our desks\nBusiness and markets today\nSport\nWeather for the week ahead\nContact us\n";
        Assert.Equal(menu.TrimEnd('\n').Split('\n'), ProseLines.Read(menu).Select(l => l.Text).Where(l => l.Length > 0));
    }

    [Fact]
    public void AJoinedParagraphKeepsTheNumberOfItsFirstLine()
    {
        var folded = Fold(Paragraphs[3]).Split('\n').Length;
        var lines = ProseLines.Read(Headline + "\n\n" + Fold(Paragraphs[3]) + "\n\n" + Fold(Paragraphs[2]));

        Assert.Equal([0, 1, 2, 2 + folded, 3 + folded], lines.Select(l => l.FirstLine));
        Assert.Equal(Paragraphs[3], lines[2].Text);
    }
}
