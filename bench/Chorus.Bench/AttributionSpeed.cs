using System.Diagnostics;
using System.Globalization;
using Chorus.Core.Documents;
using Chorus.Core.Pipeline;
using Chorus.Core.ReportedSpeech;
using Chorus.Core.Storage;
using Chorus.Evaluation.ReportedSpeech;
using Microsoft.Data.Sqlite;

namespace Chorus.Bench;

/// <summary>
/// What attribution extraction would add to <c>chorus ingest</c>: in one process, the same articles go through the
/// ingest path (<see cref="IngestPipeline"/>: cleaning, copy detection, clustering, SQLite with FTS5, a fresh store)
/// and through <see cref="ReportedSpeechExtractor"/>, on the scale bench's synthetic stream and on the attribution
/// corpus's train articles (real news text). Prints articles/s of each and the extractor's time as a share of the
/// ingest time (the budget of issue 18 is 20 %).
/// </summary>
internal static class AttributionSpeed
{
    private const int BatchSize = 500;

    public static int Run(int syntheticArticles)
    {
        var duc = Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var synthetic = new SyntheticStream(duc, syntheticArticles).Articles().Select(a => a.Document).ToList();
        var train = AttributionCorpus.Read(Path.Combine(BenchPaths.Shared, "data", "attribution-polnear", "train.jsonl"))
            .Select(a => new RawDocument($"polnear/{a.Id}.txt", a.Text, ContentKind.PlainText)).ToList();

        // Warm both paths up so neither pays the JIT in its measured run.
        Extract(train.Take(100).ToList());
        Ingest(train.Take(100).ToList());

        Console.WriteLine("stream                 articles  ingest art/s  extractor art/s  extractor / ingest time");
        Report("synthetic (scale bench)", synthetic);
        Report("attribution train", train);
        return 0;
    }

    private static void Report(string name, List<RawDocument> documents)
    {
        var ingest = Ingest(documents);
        var extract = Extract(documents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {documents.Count,9} {documents.Count / ingest,13:F0} {documents.Count / extract,16:F0} {extract / ingest,16:P1}"));
    }

    private static double Extract(List<RawDocument> documents)
    {
        var clock = Stopwatch.StartNew();
        var relations = 0;
        foreach (var document in documents)
        {
            relations += ReportedSpeechExtractor.Extract(document.Content).Count;
        }

        GC.KeepAlive(relations);
        return clock.Elapsed.TotalSeconds;
    }

    private static double Ingest(List<RawDocument> documents)
    {
        var folder = Directory.CreateTempSubdirectory("chorus-attribution-speed-").FullName;
        var clock = Stopwatch.StartNew();
        using (var store = SqliteStoryStore.Open(Path.Combine(folder, "speed.db")))
        {
            var ingestor = new IngestPipeline(store, ["bench"]);
            foreach (var _ in ingestor.IngestAll(documents.Chunk(BatchSize).Select(b => (IReadOnlyList<RawDocument>)b)))
            {
            }

            ingestor.Finish();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return seconds;
    }
}
