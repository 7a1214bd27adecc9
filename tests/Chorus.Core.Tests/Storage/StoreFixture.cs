using Chorus.Core.Documents;

namespace Chorus.Core.Tests.Storage;

/// <summary>A temporary folder for database files, and small article texts to ingest.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("chorus-store-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static readonly string[] Bridge =
    [
        "Engineers closed the Calvera harbour bridge on Tuesday after inspectors found a crack in a main girder.",
        "Traffic was diverted through the old town while the crack in the Calvera bridge was measured.",
        "Mayor Ines Varga said repairs to the Calvera bridge would take weeks and cost millions.",
        "Ferries in Calvera added extra crossings for commuters cut off by the bridge closure.",
        "The girder crack was spotted by a routine inspection of the Calvera harbour bridge.",
        "Shop owners near the Calvera bridge said the closure had halved their trade.",
    ];

    private static readonly string[] Orchestra =
    [
        "The Delmont Philharmonic cancelled its winter tour of eleven cities on Monday.",
        "The orchestra cited the illness of its conductor Pavel Orsk for the cancelled Delmont tour.",
        "Ticket holders for the Delmont Philharmonic tour will be refunded in full.",
        "The Delmont orchestra hopes to tour in the spring once conductor Orsk recovers.",
        "Musicians of the Delmont Philharmonic will play local concerts instead of the tour.",
        "Conductor Pavel Orsk has led the Delmont orchestra for twelve years.",
    ];

    /// <summary>
    /// A plain-text article of one of two invented stories (even n: a bridge, odd n: an orchestra), each a
    /// different selection of that story's sentences so no two are copies.
    /// </summary>
    public static RawDocument Article(int n, string? date = "May 1, 2024")
    {
        var (title, pool) = n % 2 == 0
            ? ("Harbour bridge in Calvera closed after crack found", Bridge)
            : ("Orchestra of Delmont cancels winter tour", Orchestra);
        var start = (n / 2) % pool.Length;
        var body = string.Join("\n\n", Enumerable.Range(0, 4).Select(i => pool[(start + (i * ((n / 2 % 5) + 1))) % pool.Length]).Distinct());
        var dateLine = date is null ? "" : date + "\n";
        return new RawDocument($"article-{n:D4}.txt", $"{title} {n}\n{dateLine}\n{body}\n", ContentKind.PlainText);
    }
}
