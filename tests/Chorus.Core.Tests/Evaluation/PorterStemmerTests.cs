using Chorus.Core.Tests.Support;
using Chorus.Evaluation;
using Xunit;

namespace Chorus.Core.Tests.Evaluation;

public class PorterStemmerTests
{
    [Fact]
    public void EveryWordOfTheNltkTableGetsNltksStem()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Data, "rouge", "stems.tsv"));
        Assert.True(lines.Length > 30_000);
        var wrong = new List<string>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var (word, expected) = (line[..tab], line[(tab + 1)..]);
            var actual = PorterStemmer.Stem(word);
            if (actual != expected)
            {
                wrong.Add($"{word}: expected {expected}, got {actual}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    [Theory]
    [InlineData("dying", "die")]
    [InlineData("dies", "die")]
    [InlineData("flies", "fli")]
    [InlineData("spied", "spi")]
    [InlineData("enjoy", "enjoy")]
    [InlineData("happy", "happi")]
    [InlineData("generalization", "gener")]
    [InlineData("geology", "geolog")]
    [InlineData("hopefully", "hope")]
    [InlineData("as", "as")]
    public void NltkExtensionsApply(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));
}
