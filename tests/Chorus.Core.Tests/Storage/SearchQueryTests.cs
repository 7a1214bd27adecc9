using Chorus.Core.Storage;
using Xunit;

namespace Chorus.Core.Tests.Storage;

/// <summary>A reader's search syntax turned into a safe FTS5 query, and every unreadable query named.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("dam gate", "(\"dam\" AND \"gate\")")]
    [InlineData("\"dam gate\" flood", "(\"dam gate\" AND \"flood\")")]
    [InlineData("evacu*", "(\"evacu\"*)")]
    [InlineData("\"spillway ga\"*", "(\"spillway ga\"*)")]
    [InlineData("flood OR storm dam", "((\"flood\" OR \"storm\") AND \"dam\")")]
    [InlineData("dam -sport -\"world cup\"", "(\"dam\") NOT \"sport\" NOT \"world cup\"")]
    [InlineData("NEAR(dam gate) AND x:y", "(\"NEAR dam\" AND \"gate\" AND \"AND\" AND \"x y\")")]
    [InlineData("\"OR\" dam", "(\"OR\" AND \"dam\")")]
    public void ReadsTheSyntaxIntoQuotedFtsTerms(string text, string fts)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        Assert.Equal(fts, query.FtsMatch);
        Assert.Equal(text, query.Text);
    }

    [Theory]
    [InlineData("", "type a word to search for")]
    [InlineData("   ", "type a word to search for")]
    [InlineData("\"dam gate", "the quote opened at character 1 is never closed")]
    [InlineData("flood OR", "OR at character 7 needs a word or phrase to look for on both sides")]
    [InlineData("OR OR", "OR at character 1 needs a word or phrase to look for on both sides")]
    [InlineData("dam OR -sport", "OR at character 5 needs a word or phrase to look for on both sides")]
    [InlineData("-sport -\"world cup\"", "name at least one word to look for (a query of only -excluded words finds nothing)")]
    [InlineData("*", "\"*\" at character 1: a * needs the start of a word before it")]
    public void NamesWhatItCannotRead(string text, string message)
    {
        Assert.False(SearchQuery.TryParse(text, out var query, out var error));
        Assert.Null(query);
        Assert.Equal(message, error);
    }

    [Fact]
    public void RefusesQueriesLongerThanItReads()
    {
        Assert.False(SearchQuery.TryParse(new string('a', SearchQuery.MaxLength + 1), out _, out var error));
        Assert.Equal($"the query is {SearchQuery.MaxLength + 1} characters long; at most {SearchQuery.MaxLength} are read", error);
        Assert.False(SearchQuery.TryParse(string.Join(' ', Enumerable.Range(0, SearchQuery.MaxTerms + 1).Select(i => "w" + i)), out _, out error));
        Assert.Equal($"more than {SearchQuery.MaxTerms} terms; search for fewer words", error);
    }
}
