using Chorus.Core.Documents;
using Chorus.Core.Metadata;
using Chorus.Core.Pipeline;
using Xunit;

namespace Chorus.Core.Tests.Metadata;

/// <summary>Outlets the user names (<c>--outlet</c>, <c>--outlets FILE</c>) and the last resort, the file name.</summary>
public sealed class OutletMappingTests
{
    private const string Body = """
        Published in The Valley Post, 3 March 2025

        The council voted on Tuesday to close the old bridge for repairs after engineers found cracks in two of its piers, officials said.

        Traffic will be diverted over the ring road for at least six weeks while the piers are rebuilt, the council added.
        """;

    private static RawDocument Text(string origin, string? url = null) => new(origin, Body, ContentKind.PlainText) { Url = url };

    private static OutletMapping Mapping(string text, string? fallback = null) => OutletMapping.Parse("outlets.txt", text, fallback).Value;

    [Fact]
    public void TheFirstMatchingLineWinsOverPathsFileNamesAndHosts()
    {
        var mapping = Mapping("""
            # specific lines first
            003_9f6c=Press TV
            *.presstv.ir/*=Press TV Online
            example.org=Example Daily
            """);

        Assert.Equal("Press TV", mapping.OutletOf(Text("seeds/003_9f6c08b4849e9d93.txt")));
        Assert.Equal("Press TV Online", mapping.OutletOf(Text("page.html", "https://www.presstv.ir/Detail/2021/07/06")));
        Assert.Equal("Example Daily", mapping.OutletOf(Text("saved.html", "https://www.example.org/news/1")));
        Assert.Null(mapping.OutletOf(Text("other.txt")));
    }

    [Fact]
    public void TheOutletOptionNamesEveryInputNoLineMatches()
    {
        var mapping = Mapping("ledger=The Daily Ledger", fallback: "Kharsun Courier");

        Assert.Equal("The Daily Ledger", mapping.OutletOf(Text("04-ledger.txt")));
        Assert.Equal("Kharsun Courier", mapping.OutletOf(Text("01-wire.txt")));
    }

    [Fact]
    public void AMalformedLineIsNamedByFileAndLine()
    {
        var parsed = OutletMapping.Parse("outlets.txt", "good=Outlet\n\nno equals sign here\n");

        Assert.False(parsed.Succeeded);
        Assert.Equal("outlets.txt:3", parsed.Problem.Input);
        Assert.Contains("pattern=Outlet", parsed.Problem.Message, StringComparison.Ordinal);
        Assert.False(OutletMapping.Parse("outlets.txt", "=Outlet").Succeeded);
    }

    [Fact]
    public void ANamedOutletBeatsThePublicationLineAndAFileNameIsTheLastResort()
    {
        var problems = new List<InputProblem>();
        var given = Mapping("bridge=Ring Road Radio").Apply([Text("bridge.txt")]);
        var named = ArticleReader.ReadAll(given, problems).Single();
        var printed = ArticleReader.ReadAll([Text("bridge.txt")], problems).Single();
        var bare = ArticleReader.ReadAll([new RawDocument("saved/0042.txt", Body.Replace("Published in The Valley Post, 3 March 2025", "", StringComparison.Ordinal), ContentKind.PlainText)], problems).Single();
        var addressed = ArticleReader.ReadAll([new RawDocument("saved/0043.txt", bare.Text, ContentKind.PlainText) { Url = "https://www.valleypost.example/bridge" }], problems).Single();

        Assert.Equal(("Ring Road Radio", "given by the user"), (named.Outlet.Name, named.Outlet.Evidence.Method));
        Assert.Equal("The Valley Post", printed.Outlet.Name);
        Assert.Equal(("unknown outlet (0042.txt)", "file name"), (bare.Outlet.Name, bare.Outlet.Evidence.Method));
        Assert.Equal("valleypost.example", addressed.Outlet.Name);
        Assert.Empty(problems);
    }
}
