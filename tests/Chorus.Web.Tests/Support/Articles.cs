using Chorus.Core.Documents;

namespace Chorus.Web.Tests.Support;

/// <summary>Small invented articles of a second story (a harbour bridge closed by a crack), one per outlet.</summary>
public static class Articles
{
    private static readonly string[] Bridge =
    [
        "Engineers closed the Calvera harbour bridge on Tuesday after inspectors found a crack in a main girder.",
        "Traffic was diverted through the old town while the crack in the Calvera bridge was measured by the engineers.",
        "Mayor Ines Varga said repairs to the Calvera bridge would take six weeks and cost four million crowns.",
        "Ferries in Calvera added extra crossings for commuters cut off by the bridge closure on Tuesday.",
        "The girder crack was spotted by a routine inspection of the Calvera harbour bridge last week.",
        "Shop owners near the Calvera bridge said the closure had halved their trade since Tuesday.",
    ];

    /// <summary>Report <paramref name="n"/> of the bridge story, from its own outlet, dated <paramref name="date"/>.</summary>
    public static RawDocument BridgeReport(int n, string outlet, string date = "May 7, 2024")
    {
        var body = string.Join("\n\n", Enumerable.Range(0, 4).Select(i => Bridge[(n + i) % Bridge.Length]));
        return new RawDocument($"bridge-{n}.txt", $"Calvera harbour bridge closed after crack found in girder\n{date}\n\n{body}\n", ContentKind.PlainText)
        {
            OutletHint = outlet,
        };
    }
}
