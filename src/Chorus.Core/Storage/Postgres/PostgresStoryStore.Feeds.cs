using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>Feed subscriptions and their items in PostgreSQL: add, list, remove, lease due feeds, record fetches and items.</summary>
public sealed partial class PostgresStoryStore
{
    // The item count is counted rather than kept (as in SQLite).
    private const string FeedColumns = "id, url, title, category, added, etag, last_modified, last_fetch, last_status, next_fetch, interval_seconds, error, failures, (SELECT count(*) FROM feed_items i WHERE i.feed_id = feeds.id)";

    public (FeedRow Feed, bool Added) AddFeed(FeedSubscription subscription, TimeSpan interval, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        // NOT EXISTS first, so a URL already subscribed takes no number from the id sequence.
        var added = Use(c =>
        {
            using var command = Sql.Command(c, """
                INSERT INTO feeds(url, title, category, added, next_fetch, interval_seconds)
                SELECT @url, @title, @category, @now, @now, @interval WHERE NOT EXISTS (SELECT 1 FROM feeds WHERE url = @url)
                ON CONFLICT(url) DO NOTHING
                """, ("url", subscription.Url), ("title", subscription.Title), ("category", subscription.Category),
                ("now", StoreTime.Format(now)), ("interval", (long)interval.TotalSeconds));
            return command.ExecuteNonQuery() == 1;
        });
        return (FeedByUrl(subscription.Url)!, added);
    }

    public IReadOnlyList<FeedRow> Feeds() => ReadFeeds($"SELECT {FeedColumns} FROM feeds ORDER BY id");

    public FeedRow? Feed(long id) => ReadFeeds($"SELECT {FeedColumns} FROM feeds WHERE id = @p0", id).SingleOrDefault();

    public FeedRow? FeedByUrl(string url) => ReadFeeds($"SELECT {FeedColumns} FROM feeds WHERE url = @p0", url).SingleOrDefault();

    public bool RemoveFeed(long id) => Use(c =>
    {
        using var transaction = c.BeginTransaction();
        using var items = Sql.Command(c, "DELETE FROM feed_items WHERE feed_id = @id", ("id", id));
        items.ExecuteNonQuery();
        using var command = Sql.Command(c, "DELETE FROM feeds WHERE id = @id", ("id", id));
        var removed = command.ExecuteNonQuery() == 1;
        transaction.Commit();
        return removed;
    });

    /// <summary>
    /// Takes up to <paramref name="limit"/> due feeds that no other poller holds, in one statement; rows another
    /// poller is leasing at the same moment are skipped rather than waited for, and the due test is made again on
    /// the locked rows, so two pollers never hold one feed.
    /// </summary>
    public IReadOnlyList<FeedRow> LeaseDueFeeds(string holder, DateTime now, TimeSpan leaseFor, int limit)
    {
        var at = StoreTime.Format(now);
        return ReadFeeds($"""
            WITH leased AS (
                UPDATE feeds SET lease_holder = @p0, lease_expires = @p1
                WHERE id IN (SELECT id FROM feeds WHERE next_fetch <= @p2 AND (lease_expires IS NULL OR lease_expires <= @p2)
                             ORDER BY next_fetch, id LIMIT @p3 FOR UPDATE SKIP LOCKED)
                    AND next_fetch <= @p2 AND (lease_expires IS NULL OR lease_expires <= @p2)
                RETURNING id)
            SELECT {FeedColumns} FROM feeds WHERE id IN (SELECT id FROM leased) ORDER BY next_fetch, id
            """, holder, StoreTime.Format(now + leaseFor), at, limit);
    }

    public IReadOnlyList<string> FeedLeaseHolders() => Use(c =>
    {
        using var command = Sql.Command(c, "SELECT DISTINCT lease_holder FROM feeds WHERE lease_holder IS NOT NULL ORDER BY lease_holder");
        using var reader = command.ExecuteReader();
        var holders = new List<string>();
        while (reader.Read())
        {
            holders.Add(reader.GetString(0));
        }

        return (IReadOnlyList<string>)holders;
    });

    public int ReleaseFeedLeases(string holder) => Use(c =>
    {
        using var command = Sql.Command(c, "UPDATE feeds SET lease_holder = NULL, lease_expires = NULL WHERE lease_holder = @holder", ("holder", holder));
        return command.ExecuteNonQuery();
    });

    public DateTime? NextFeedDue() => Use(c => PostgresSchema.Scalar(c, "SELECT min(next_fetch) FROM feeds") is string text ? StoreTime.Parse(text) : (DateTime?)null);

    public void RecordFeedFetch(long feedId, string holder, FeedFetchRecord fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        Use(c =>
        {
            using var command = Sql.Command(c, """
                UPDATE feeds SET last_fetch = @fetched, last_status = @status, next_fetch = @next, interval_seconds = @interval,
                    error = @error, failures = @failures, etag = coalesce(@etag, etag), last_modified = coalesce(@modified, last_modified),
                    title = coalesce(title, @title), lease_holder = NULL, lease_expires = NULL
                WHERE id = @id AND (lease_holder IS NULL OR lease_holder = @holder)
                """, ("fetched", StoreTime.Format(fetch.FetchedAt)), ("status", fetch.Status), ("next", StoreTime.Format(fetch.NextFetch)),
                ("interval", (long)fetch.Interval.TotalSeconds), ("error", fetch.Error), ("failures", fetch.Failures), ("etag", fetch.ETag),
                ("modified", fetch.LastModified), ("title", fetch.Title), ("id", feedId), ("holder", holder));
            return command.ExecuteNonQuery();
        });
    }

    public bool FeedItemKnown(long feedId, string guid, string? url) => Use(c =>
    {
        using var command = Sql.Command(c, """
            SELECT EXISTS(SELECT 1 FROM feed_items WHERE feed_id = @feed AND guid = @guid)
                OR (@url::text IS NOT NULL AND (EXISTS(SELECT 1 FROM feed_items WHERE url = @url::text) OR EXISTS(SELECT 1 FROM articles WHERE url = @url::text)))
            """, ("feed", feedId), ("guid", guid), ("url", url));
        return command.ExecuteScalar() is true;
    });

    public void RecordFeedItems(long feedId, IReadOnlyList<FeedItemRecord> items, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(items);
        Use(c =>
        {
            using var transaction = c.BeginTransaction();
            using var command = new NpgsqlCommand("""
                INSERT INTO feed_items(feed_id, guid, url, article_id, seen, fingerprint) VALUES (@feed, @guid, @url, @article, @seen, @fingerprint)
                ON CONFLICT(feed_id, guid) DO UPDATE SET article_id = coalesce(excluded.article_id, feed_items.article_id),
                    fingerprint = coalesce(excluded.fingerprint, feed_items.fingerprint)
                """, c);
            var text = NpgsqlTypes.NpgsqlDbType.Text;
            var guid = command.Parameters.Add("guid", text);
            var url = command.Parameters.Add("url", text);
            var article = command.Parameters.Add("article", text);
            var fingerprint = command.Parameters.Add("fingerprint", text);
            command.Parameters.AddWithValue("feed", feedId);
            command.Parameters.AddWithValue("seen", StoreTime.Format(now));
            foreach (var item in items)
            {
                guid.Value = item.Guid;
                url.Value = (object?)item.Url ?? DBNull.Value;
                article.Value = (object?)item.ArticleId ?? DBNull.Value;
                fingerprint.Value = (object?)item.Fingerprint ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return items.Count;
        });
    }

    private List<FeedRow> ReadFeeds(string sql, params object[] values) => Use(c =>
    {
        using var command = Sql.Command(c, sql, [.. values.Select((v, i) => ("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)v))]);
        using var reader = command.ExecuteReader();
        var rows = new List<FeedRow>();
        while (reader.Read())
        {
            string? Text(int i) => Sql.Text(reader, i);
            rows.Add(new FeedRow(
                reader.GetInt64(0), reader.GetString(1), Text(2), Text(3), StoreTime.Parse(reader.GetString(4)), Text(5), Text(6),
                Text(7) is { } fetched ? StoreTime.Parse(fetched) : null, Text(8), StoreTime.Parse(reader.GetString(9)),
                TimeSpan.FromSeconds(reader.GetInt64(10)), Text(11), reader.GetInt32(12), Sql.Int(reader, 13)));
        }

        return rows;
    });
}
