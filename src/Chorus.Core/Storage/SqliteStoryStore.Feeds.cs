using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>Feed subscriptions and their items (migration 6): add, list, remove, lease due feeds, record fetches and items.</summary>
public sealed partial class SqliteStoryStore
{
    // The item count is counted rather than kept: items taken again after a crash are then never counted twice.
    private const string FeedColumns = "id, url, title, category, added, etag, last_modified, last_fetch, last_status, next_fetch, interval_seconds, error, failures, (SELECT count(*) FROM feed_items i WHERE i.feed_id = feeds.id)";

    /// <summary>Subscribes to a feed due at once; a URL already subscribed is left as it is. Returns the row and whether it is new.</summary>
    public (FeedRow Feed, bool Added) AddFeed(FeedSubscription subscription, TimeSpan interval, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feeds(url, title, category, added, next_fetch, interval_seconds) VALUES ($url, $title, $category, $now, $now, $interval)
            ON CONFLICT(url) DO NOTHING
            """;
        command.Parameters.AddWithValue("$url", subscription.Url);
        command.Parameters.AddWithValue("$title", (object?)subscription.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$category", (object?)subscription.Category ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", StoreTime.Format(now));
        command.Parameters.AddWithValue("$interval", (long)interval.TotalSeconds);
        var added = command.ExecuteNonQuery() == 1;
        return (FeedByUrl(subscription.Url)!, added);
    }

    public IReadOnlyList<FeedRow> Feeds() => ReadFeeds($"SELECT {FeedColumns} FROM feeds ORDER BY id");

    public FeedRow? Feed(long id) => ReadFeeds($"SELECT {FeedColumns} FROM feeds WHERE id = $p0", id).SingleOrDefault();

    public FeedRow? FeedByUrl(string url) => ReadFeeds($"SELECT {FeedColumns} FROM feeds WHERE url = $p0", url).SingleOrDefault();

    /// <summary>Unsubscribes; the articles the feed brought stay in their stories. False when there was no such feed.</summary>
    public bool RemoveFeed(long id)
    {
        using var transaction = connection.BeginTransaction();
        SqliteSchema.Execute(connection, $"DELETE FROM feed_items WHERE feed_id = {id}");
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM feeds WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        var removed = command.ExecuteNonQuery() == 1;
        transaction.Commit();
        return removed;
    }

    /// <summary>
    /// Takes up to <paramref name="limit"/> feeds due at <paramref name="now"/> that no other poller holds, and holds
    /// them for <paramref name="leaseFor"/> under <paramref name="holder"/>, in one statement (so atomic across
    /// processes). A lease that expired (its poller died) is taken over.
    /// </summary>
    public IReadOnlyList<FeedRow> LeaseDueFeeds(string holder, DateTime now, TimeSpan leaseFor, int limit)
    {
        var at = StoreTime.Format(now);
        return ReadFeeds($"""
            UPDATE feeds SET lease_holder = $p0, lease_expires = $p1
            WHERE id IN (SELECT id FROM feeds WHERE next_fetch <= $p2 AND (lease_expires IS NULL OR lease_expires <= $p2)
                         ORDER BY next_fetch, id LIMIT $p3)
            RETURNING {FeedColumns}
            """, holder, StoreTime.Format(now + leaseFor), at, limit);
    }

    /// <summary>The pollers holding leases now.</summary>
    public IReadOnlyList<string> FeedLeaseHolders()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT lease_holder FROM feeds WHERE lease_holder IS NOT NULL";
        using var reader = command.ExecuteReader();
        var holders = new List<string>();
        while (reader.Read())
        {
            holders.Add(reader.GetString(0));
        }

        return holders;
    }

    /// <summary>Frees every lease of one poller (one known to be gone).</summary>
    public int ReleaseFeedLeases(string holder)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET lease_holder = NULL, lease_expires = NULL WHERE lease_holder = $holder";
        command.Parameters.AddWithValue("$holder", holder);
        return command.ExecuteNonQuery();
    }

    /// <summary>The earliest time a feed is due, or null without feeds.</summary>
    public DateTime? NextFeedDue()
    {
        var value = SqliteSchema.Scalar(connection, "SELECT min(next_fetch) FROM feeds");
        return value is string text ? StoreTime.Parse(text) : null;
    }

    /// <summary>Records a fetch and releases the feed's lease; only the lease's holder may (another poller took it over otherwise).</summary>
    public void RecordFeedFetch(long feedId, string holder, FeedFetchRecord fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE feeds SET last_fetch = $fetched, last_status = $status, next_fetch = $next, interval_seconds = $interval,
                error = $error, failures = $failures, etag = coalesce($etag, etag), last_modified = coalesce($modified, last_modified),
                title = coalesce(title, $title), lease_holder = NULL, lease_expires = NULL
            WHERE id = $id AND (lease_holder IS NULL OR lease_holder = $holder)
            """;
        command.Parameters.AddWithValue("$fetched", StoreTime.Format(fetch.FetchedAt));
        command.Parameters.AddWithValue("$status", fetch.Status);
        command.Parameters.AddWithValue("$next", StoreTime.Format(fetch.NextFetch));
        command.Parameters.AddWithValue("$interval", (long)fetch.Interval.TotalSeconds);
        command.Parameters.AddWithValue("$error", (object?)fetch.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("$failures", fetch.Failures);
        command.Parameters.AddWithValue("$etag", (object?)fetch.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", (object?)fetch.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)fetch.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$id", feedId);
        command.Parameters.AddWithValue("$holder", holder);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Whether an item is already stored: the same GUID in this feed, or the same URL taken from any feed or
    /// ingested another way.
    /// </summary>
    public bool FeedItemKnown(long feedId, string guid, string? url)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT EXISTS(SELECT 1 FROM feed_items WHERE feed_id = $feed AND guid = $guid)
                OR ($url IS NOT NULL AND (EXISTS(SELECT 1 FROM feed_items WHERE url = $url) OR EXISTS(SELECT 1 FROM articles WHERE url = $url)))
            """;
        command.Parameters.AddWithValue("$feed", feedId);
        command.Parameters.AddWithValue("$guid", guid);
        command.Parameters.AddWithValue("$url", (object?)url ?? DBNull.Value);
        return (long)command.ExecuteScalar()! == 1;
    }

    /// <summary>Remembers items taken from a feed, in one transaction.</summary>
    public void RecordFeedItems(long feedId, IReadOnlyList<FeedItemRecord> items, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feed_items(feed_id, guid, url, article_id, seen, fingerprint) VALUES ($feed, $guid, $url, $article, $seen, $fingerprint)
            ON CONFLICT(feed_id, guid) DO UPDATE SET article_id = coalesce(excluded.article_id, article_id),
                fingerprint = coalesce(excluded.fingerprint, fingerprint)
            """;
        var guid = command.Parameters.Add("$guid", SqliteType.Text);
        var url = command.Parameters.Add("$url", SqliteType.Text);
        var article = command.Parameters.Add("$article", SqliteType.Text);
        var fingerprint = command.Parameters.Add("$fingerprint", SqliteType.Text);
        command.Parameters.AddWithValue("$feed", feedId);
        command.Parameters.AddWithValue("$seen", StoreTime.Format(now));
        foreach (var item in items)
        {
            guid.Value = item.Guid;
            url.Value = (object?)item.Url ?? DBNull.Value;
            article.Value = (object?)item.ArticleId ?? DBNull.Value;
            fingerprint.Value = (object?)item.Fingerprint ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private List<FeedRow> ReadFeeds(string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<FeedRow>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            rows.Add(new FeedRow(
                reader.GetInt64(0), reader.GetString(1), Text(2), Text(3), StoreTime.Parse(reader.GetString(4)), Text(5), Text(6),
                Text(7) is { } fetched ? StoreTime.Parse(fetched) : null, Text(8), StoreTime.Parse(reader.GetString(9)),
                TimeSpan.FromSeconds(reader.GetInt64(10)), Text(11), reader.GetInt32(12), reader.GetInt32(13)));
        }

        return rows;
    }
}
