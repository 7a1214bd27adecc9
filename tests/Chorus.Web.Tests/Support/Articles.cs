using Chorus.Core.Documents;

namespace Chorus.Web.Tests.Support;

/// <summary>
/// Invented reports of a second story (a harbour bridge closed by a crack), each worded by its own outlet so none
/// is a copy of another, and all sharing the story's names and words so they cluster together.
/// </summary>
public static class Articles
{
    private static readonly string[][] Reports =
    [
        [
            "Engineers closed the Calvera harbour bridge on Tuesday after inspectors found a crack in one of its main steel girders.",
            "Mayor Ines Varga said the repairs to the Calvera bridge could take six weeks and would cost about four million crowns.",
            "Ferry operators in Calvera promised extra crossings for commuters while the harbour bridge stays shut.",
        ],
        [
            "The harbour bridge in Calvera was shut to all traffic on Tuesday when a routine inspection turned up a cracked girder.",
            "Drivers faced long queues through the old town, and Calvera's ferries were packed with commuters by the evening.",
            "Ines Varga, the mayor, told reporters that fixing the girder would take weeks rather than days.",
        ],
        [
            "A crack discovered in a load-bearing girder has forced Calvera to close its harbour bridge, city officials said on Tuesday.",
            "The city's mayor, Ines Varga, put the cost of the repairs at roughly four million crowns.",
            "Shopkeepers near the Calvera bridge said they feared losing trade while the crossing remained closed.",
        ],
        [
            "Calvera's harbour bridge will stay closed for at least six weeks after engineers found a crack in a girder on Tuesday.",
            "Mayor Ines Varga said the council had asked the ferry company to run boats every twenty minutes during the closure.",
            "Inspectors said the girder crack was found during checks the bridge receives twice a year.",
        ],
        [
            "Commuters in Calvera crowded onto ferries on Wednesday, a day after the harbour bridge was closed because of a cracked girder.",
            "The mayor, Ines Varga, said safety came first and the Calvera bridge would reopen only when engineers were satisfied.",
            "Traffic through the old town was slow for a second day as drivers avoided the closed harbour bridge.",
        ],
    ];

    public static int Count => Reports.Length;

    /// <summary>Report <paramref name="n"/> of the bridge story, from its own outlet, dated <paramref name="date"/>.</summary>
    public static RawDocument BridgeReport(int n, string outlet, string date = "May 7, 2024") =>
        new($"bridge-{n}.txt", $"{Title(n)}\n{date}\n\n{Body(n)}\n", ContentKind.PlainText) { OutletHint = outlet };

    public static string Title(int n) => n % 2 == 0 ? "Calvera harbour bridge closed after crack found in girder" : "Cracked girder shuts Calvera's harbour bridge";

    public static string Body(int n) => string.Join("\n\n", Reports[n % Reports.Length]);
}
