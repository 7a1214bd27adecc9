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
    [InlineData("On Friday, the bridge over the river was closed to all traffic.", "The bridge over the river was closed to all traffic.")]
    [InlineData("The regional police closed the bridge over the river on Friday night.", "The regional police closed the bridge over the river.")]
    [InlineData("The mayor said Monday the bridge over the river would stay closed.", "The mayor said the bridge over the river would stay closed.")]
    [InlineData("The two parties _ once bitter rivals _ agreed to form a government.", "The two parties agreed to form a government.")]
    [InlineData("Jane Doe, 54, was elected mayor of the river town.", "Jane Doe was elected mayor of the river town.")]
    public void TrimsWhatDoesNotReport(string sentence, string trimmed) => Assert.Equal(trimmed, SentenceTrimmer.Trim(sentence));

    [Theory]
    [InlineData("The river rose, he said.")]
    [InlineData("Nothing here needs trimming at all today.")]
    [InlineData("The bridge over the river will stay closed until Monday.")]
    [InlineData("Marchers remembered Bloody Sunday in the town square.")]
    [InlineData("The council will meet again after Tuesday's vote on the bridge.")]
    [InlineData("The bridge closed on Monday and reopened on Friday after repairs.")]
    public void KeepsSentencesThatWouldBecomeTooShortOrHaveNothingToTrim(string sentence) => Assert.Equal(sentence, SentenceTrimmer.Trim(sentence));
}
