using Chorus.Core.Text;
using Xunit;

namespace Chorus.Core.Tests.Text;

public class SentenceTrimmerTests
{
    [Theory]
    [InlineData("Three hundred homes were damaged by the flood water, officials said Monday.", "Three hundred homes were damaged by the flood water.")]
    [InlineData("The bridge over the river was closed to all traffic, according to the regional police.", "The bridge over the river was closed to all traffic.")]
    [InlineData("However, the bridge over the river stayed closed to all traffic.", "The bridge over the river stayed closed to all traffic.")]
    [InlineData("The dam operator (a state company) opened every gate of the spillway overnight.", "The dam operator opened every gate of the spillway overnight.")]
    [InlineData("WASHINGTON (AP) _ The Senate passed the budget bill late on Friday night.", "The Senate passed the budget bill late on Friday night.")]
    public void TrimsWhatDoesNotReport(string sentence, string trimmed) => Assert.Equal(trimmed, SentenceTrimmer.Trim(sentence));

    [Theory]
    [InlineData("The river rose, he said.")]
    [InlineData("Nothing here needs trimming at all today.")]
    public void KeepsSentencesThatWouldBecomeTooShortOrHaveNothingToTrim(string sentence) => Assert.Equal(sentence, SentenceTrimmer.Trim(sentence));
}
