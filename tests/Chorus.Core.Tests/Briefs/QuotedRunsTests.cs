using Chorus.Core.Briefs;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

public class QuotedRunsTests
{
    [Theory]
    [InlineData("“We held the line.", true)]
    [InlineData("Then the water came,” she said.", false)]
    [InlineData("“We held the line,” she said.", false)]
    [InlineData("The town’s mayor said the ‘worst is over’ on Monday.", false)]
    [InlineData("‘We left at dawn.", true)]
    [InlineData("\"We left at dawn.", true)]
    [InlineData("The river rose all night,\" he said.", false)]
    public void ASentenceLeavesAQuotationOpenByItsMarksNotItsApostrophes(string text, bool leavesOpen) =>
        Assert.Equal(leavesOpen, QuotedRuns.LeavesOpen(text));
}
