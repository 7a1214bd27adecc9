using System.Text;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Tests.Support;
using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Ingest;

/// <summary>
/// Input shapes that took minutes before (issue 16, point 5) are refused or read in linear time. The bounds are
/// generous (a hang, not a speed, is what they catch); speed itself is measured in bench/.
/// </summary>
public sealed class HostileShapeTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);
    private static readonly InputOptions NoFetch = new() { FetchAllowed = false };
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static async Task<T> WithinBound<T>(Func<T> work) =>
        await Task.Run(work, TestContext.Current.CancellationToken).WaitAsync(Hang, TestContext.Current.CancellationToken);

    [Fact]
    public void SelfClosingDivsOpenElementsAsInHtml5AndStrayEndTagsCloseNothing()
    {
        Assert.Equal(3, HtmlNesting.EstimateDepth("<div/><div/><div/>"));
        Assert.Equal(3, HtmlNesting.EstimateDepth("<div><span><b>" + string.Concat(Enumerable.Repeat("</i>", 50)) + "x"));
        Assert.Equal(2, HtmlNesting.EstimateDepth("<div><svg><path/><path/><path/></svg></div>"));
        Assert.Equal(3, HtmlNesting.EstimateDepth("<div><span><b>x</div>" + string.Concat(Enumerable.Repeat("<div><i>y</div>", 500))));
    }

    [Fact]
    public async Task TwoHundredThousandSelfClosedDivsAreRefusedAsTooDeep()
    {
        var page = folder.Write("divs.html", "<html><body><p>" + Fixtures.Lead + "</p>" + string.Concat(Enumerable.Repeat("<div/>", 200_000)) + "</body></html>");
        var problems = new List<InputProblem>();

        var articles = await WithinBound(() => ArticleReader.ReadAll(InputLoader.Load([page], NoFetch).Documents, problems));
        Assert.Empty(articles);
        Assert.Contains("more than 1000 deep", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedNestedTwoHundredThousandDeepIsRefusedAfterOneStreamingPass()
    {
        var nested = string.Concat(Enumerable.Repeat("<x>", 200_000)) + string.Concat(Enumerable.Repeat("</x>", 200_000));
        var feed = folder.Write("deep.xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</title><description>{nested}</description></item></channel></rss>");

        var loaded = await WithinBound(() => InputLoader.Load([feed], NoFetch));
        Assert.Empty(loaded.Documents);
        Assert.Contains("nest more than", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMegabyteOfUnpunctuatedTextIsCutIntoBoundedSentencesAndBriefed()
    {
        var words = new StringBuilder();
        var random = new Random(16);
        string[] vocabulary = ["river", "bridge", "council", "water", "town", "engineers", "repairs", "valley", "storm", "homes"];
        while (words.Length < 1024 * 1024)
        {
            words.Append(vocabulary[random.Next(vocabulary.Length)]).Append(' ');
        }

        var text = words.ToString();
        var spans = SentenceSplitter.Split(text);
        Assert.All(spans, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceChars));
        Assert.Equal(text.TrimEnd().Length, spans[^1].End);

        var document = new RawDocument("flood.txt", "River rises in the valley\n\n" + text, ContentKind.PlainText);
        var brief = await WithinBound(() => BriefPipeline.Run([document]));
        Assert.NotNull(brief.Brief);
    }
}
