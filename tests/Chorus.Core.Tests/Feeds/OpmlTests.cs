using Chorus.Core.Feeds;
using Chorus.Core.Storage;
using Xunit;

namespace Chorus.Core.Tests.Feeds;

public sealed class OpmlTests
{
    private const string Nested = """
        <?xml version="1.0" encoding="utf-8"?>
        <opml version="2.0"><head><title>My feeds</title></head><body>
          <outline text="News">
            <outline text="World"><outline type="rss" text="Harbour Times" xmlUrl="https://harbour.example/rss"/></outline>
            <outline type="rss" title="Valley Post" text="VP" xmlUrl="https://valley.example/feed.xml"/>
          </outline>
          <outline type="rss" text="Loose feed" xmlUrl="https://loose.example/atom"/>
          <outline type="rss" text="Tagged" category="/Science/Space" xmlUrl="https://tagged.example/rss"/>
        </body></opml>
        """;

    [Fact]
    public void NestedOutlinesBecomeCategories()
    {
        var feeds = Opml.Read("my.opml", Nested).Value;
        Assert.Equal(
            [
                new FeedSubscription("https://harbour.example/rss", "Harbour Times", "News/World"),
                new FeedSubscription("https://valley.example/feed.xml", "Valley Post", "News"),
                new FeedSubscription("https://loose.example/atom", "Loose feed", null),
                new FeedSubscription("https://tagged.example/rss", "Tagged", "Science/Space"),
            ],
            feeds);
    }

    [Fact]
    public void WrittenOpmlReadsBackTheSameSubscriptions()
    {
        var feeds = Opml.Read("my.opml", Nested).Value;
        var written = Opml.Write(feeds, new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", written, StringComparison.Ordinal);
        Assert.Contains("<opml version=\"2.0\">", written, StringComparison.Ordinal);
        Assert.Contains("<dateCreated>Sun, 15 Mar 2026 00:00:00 GMT</dateCreated>", written, StringComparison.Ordinal);
        Assert.Equal(feeds, Opml.Read("again.opml", written).Value);
    }

    [Fact]
    public void ADocumentTypeIsRefusedAndNamed()
    {
        const string bomb = """<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml version="2.0"><body><outline text="&a;" xmlUrl="https://x.example/"/></body></opml>""";
        var read = Opml.Read("bomb.opml", bomb);
        Assert.False(read.Succeeded);
        Assert.Equal("bomb.opml", read.Problem.Input);
        Assert.Contains("not valid OPML", read.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("not an OPML file", Opml.Read("feed.xml", "<rss version=\"2.0\"/>").Problem!.Message, StringComparison.Ordinal);
    }
}
