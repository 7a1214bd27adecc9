using Chorus.Core.Documents;
using Chorus.Core.Feeds;
using Chorus.Core.Storage;

namespace Chorus.Core.Intake;

/// <summary>
/// Where a node's feed poller puts new articles: the intake, for the nodes to prepare and the story writer to
/// commit in arrival order, like any enqueued document. The poller runs on every node and the feeds are divided by
/// their leases, so feed and page fetching is shared; nothing here waits for the writer. The articles' ids are not
/// known until the writer stores them: an item records none, and a changed item's old article is replaced by the
/// writer (<see cref="RawDocument.ReplacesArticle"/>).
/// </summary>
public sealed class IntakeFeedSink(IIntake intake) : IFeedArticleSink
{
    public FeedIngestResult Ingest(IReadOnlyList<RawDocument> documents, string source)
    {
        ArgumentNullException.ThrowIfNull(documents);
        intake.Enqueue(documents, DateTime.UtcNow);
        return new FeedIngestResult(documents.Count, 0, new Dictionary<string, string>(), []);
    }
}
