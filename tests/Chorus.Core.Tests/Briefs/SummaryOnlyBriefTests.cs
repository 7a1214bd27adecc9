using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Pipeline;
using Chorus.Core.Rendering;
using Xunit;

namespace Chorus.Core.Tests.Briefs;

public class SummaryOnlyBriefTests
{
    // An invented story told by three outlets, one of which gives another toll, and a copy of the first.
    private static readonly IReadOnlyList<RawDocument> Story =
    [
        Report("north.txt", "Ferry sinks off Velmora", "Northern Courier",
            "A passenger ferry sank off the island of Velmora on Tuesday night, the coast guard said. "
            + "Rescuers pulled 140 people from the water before dawn. "
            + "Twelve passengers are still missing, according to the port authority. "
            + "The ferry had left the harbour of Ostrava Bay two hours earlier in heavy wind."),
        Report("bay.txt", "Twelve missing after Velmora ferry sinking", "Bay Herald",
            "Twelve people remain missing after a ferry sank near Velmora island, port officials said on Wednesday. "
            + "The coast guard said 140 passengers were rescued overnight. "
            + "Fishermen joined the search at first light. "
            + "The operator said the vessel had passed its last inspection in March."),
        Report("wire.txt", "Velmora ferry disaster", "Island Wire",
            "A ferry went down off Velmora on Tuesday, and 150 people were rescued, the coast guard said. "
            + "Twelve passengers are missing. "
            + "Divers will reach the wreck once the wind drops, the navy said."),
        Report("north-copy.txt", "Ferry sinks off Velmora", "Coastal Daily",
            "A passenger ferry sank off the island of Velmora on Tuesday night, the coast guard said. "
            + "Rescuers pulled 140 people from the water before dawn. "
            + "Twelve passengers are still missing, according to the port authority. "
            + "The ferry had left the harbour of Ostrava Bay two hours earlier in heavy wind."),
    ];

    private static RawDocument Report(string origin, string title, string outlet, string text) =>
        new(origin, text, ContentKind.PlainText) { TitleHint = title, OutletHint = outlet };

    [Fact]
    public void SummaryOnlyBriefHasTheFullBriefsSummaryCreditsHeadlineAndSources()
    {
        var full = BriefPipeline.Run(Story).Brief!;
        var summaryOnly = BriefPipeline.Run(Story, new BriefOptions { SummaryOnly = true }).Brief!;

        Assert.NotEmpty(full.Summary);
        Assert.Contains(full.Summary, s => s.IndependentSources > 1);
        Assert.Equal(
            BriefJson.Render(full with { Facts = FactSet.Empty, Coverage = [] }, []),
            BriefJson.Render(summaryOnly, []));
    }

    [Fact]
    public void SummaryOnlyRunSkipsTheFactsAndCoverageStages()
    {
        var full = BriefPipeline.Run(Story);
        var summaryOnly = BriefPipeline.Run(Story, new BriefOptions { SummaryOnly = true });

        Assert.Contains(full.Timings, t => t.Stage == "facts");
        Assert.DoesNotContain(summaryOnly.Timings, t => t.Stage == "facts");
        Assert.NotEmpty(full.Brief!.Facts.Quantities);
        Assert.Empty(summaryOnly.Brief!.Facts.Quantities);
        Assert.Empty(summaryOnly.Brief.Coverage);
    }
}
