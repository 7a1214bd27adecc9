using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>Feed items that changed: what an item was, and replacing the article it became with its new version.</summary>
public sealed partial class SqliteStoryStore
{
    /// <summary>The state key counting replaced articles: a writer that kept its clusterer reloads it when this moves.</summary>
    private const string ReplacedKey = "articles_replaced";

    public FeedItemSeen? FeedItem(long feedId, string guid)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, fingerprint FROM feed_items WHERE feed_id = $feed AND guid = $guid";
        command.Parameters.AddWithValue("$feed", feedId);
        command.Parameters.AddWithValue("$guid", guid);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new FeedItemSeen(NullableString(reader, 0), NullableString(reader, 1)) : null;
    }

    /// <summary>Whether an item with this URL was taken from any feed, or an article with it stored any other way.</summary>
    public bool UrlKnown(string url)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS(SELECT 1 FROM feed_items WHERE url = $url) OR EXISTS(SELECT 1 FROM articles WHERE url = $url)";
        command.Parameters.AddWithValue("$url", url);
        return (long)command.ExecuteScalar()! == 1;
    }

    /// <summary>The article stored last from this input (a feed item's link, or its feed and GUID).</summary>
    public string? LatestArticleOf(string origin)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE origin = $origin ORDER BY seq DESC LIMIT 1";
        command.Parameters.AddWithValue("$origin", UrlCredentials.Strip(origin));
        return command.ExecuteScalar() as string;
    }

    /// <summary>The stories the articles are in, each once.</summary>
    public IReadOnlyList<long> StoriesOf(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT story_id FROM story_articles WHERE article_id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var stories = new SortedSet<long>();
        foreach (var articleId in articleIds)
        {
            id.Value = articleId;
            if (command.ExecuteScalar() is long story)
            {
                stories.Add(story);
            }
        }

        return [.. stories];
    }

    /// <summary>How many articles were replaced by a new version so far.</summary>
    public long ArticlesReplaced() => SqliteSchema.Scalar(connection, $"SELECT value FROM state WHERE key = '{ReplacedKey}'") is string v ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>
    /// Puts the new version of an article (already stored by ingest) in the place of the old one, in one
    /// transaction: the old article, its sentences and its membership go; the new one takes its way of joining the
    /// story and is a copy of nothing it replaced; copies of the old one point at the new one; the stories of both
    /// count their articles again and move to a new version. The clusterer's centroids keep the old text's words
    /// (taking them out would need every member's terms again), a drift of one article per update. Does nothing
    /// when the old article is gone already (a replacement done before a crash) or is the new one.
    /// </summary>
    public bool ReplaceArticle(string oldId, string newId)
    {
        ArgumentNullException.ThrowIfNull(oldId);
        ArgumentNullException.ThrowIfNull(newId);
        if (oldId == newId)
        {
            return false;
        }

        using var transaction = connection.BeginTransaction();
        using var find = connection.CreateCommand();
        find.CommandText = """
            SELECT s.story_id, s.joined_as, s.score, (SELECT story_id FROM story_articles WHERE article_id = $new)
            FROM story_articles s WHERE s.article_id = $old AND EXISTS(SELECT 1 FROM articles WHERE id = $new)
            """;
        find.Parameters.AddWithValue("$old", oldId);
        find.Parameters.AddWithValue("$new", newId);
        long oldStory, newStory;
        string joinedAs;
        double score;
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read() || reader.IsDBNull(3))
            {
                return false;
            }

            (oldStory, joinedAs, score, newStory) = (reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt64(3));
        }

        using var replace = connection.CreateCommand();
        replace.CommandText = $"""
            DELETE FROM sentences WHERE article_seq = (SELECT seq FROM articles WHERE id = $old);
            DELETE FROM copies WHERE article_id = $new AND original_id = $old;
            DELETE FROM copies WHERE article_id = $old;
            UPDATE copies SET original_id = $new WHERE original_id = $old;
            DELETE FROM story_articles WHERE article_id = $old;
            UPDATE story_articles SET joined_as = $joined, score = $score WHERE article_id = $new AND story_id = $oldStory;
            UPDATE feed_items SET article_id = $new WHERE article_id = $old;
            DELETE FROM articles WHERE id = $old;
            UPDATE stories SET articles = (SELECT count(*) FROM story_articles WHERE story_id = stories.id), version = version + 1
                WHERE id IN ($oldStory, $newStory);
            UPDATE stories SET sources = min(sources, articles) WHERE id IN ($oldStory, $newStory);
            INSERT INTO state(key, value) VALUES ('{ReplacedKey}', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT);
            """;
        replace.Parameters.AddWithValue("$old", oldId);
        replace.Parameters.AddWithValue("$new", newId);
        replace.Parameters.AddWithValue("$joined", joinedAs);
        replace.Parameters.AddWithValue("$score", score);
        replace.Parameters.AddWithValue("$oldStory", oldStory);
        replace.Parameters.AddWithValue("$newStory", newStory);
        replace.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }
}
