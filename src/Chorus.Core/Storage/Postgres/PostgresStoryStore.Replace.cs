namespace Chorus.Core.Storage;

/// <summary>Feed items that changed, in PostgreSQL: what an item was, and replacing the article it became with its new version.</summary>
public sealed partial class PostgresStoryStore
{
    /// <summary>The state key counting replaced articles (as in SQLite).</summary>
    private const string ReplacedKey = "articles_replaced";

    public FeedItemSeen? FeedItem(long feedId, string guid) => Use(c =>
    {
        using var command = Sql.Command(c, "SELECT article_id, fingerprint FROM feed_items WHERE feed_id = @feed AND guid = @guid", ("feed", feedId), ("guid", guid));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new FeedItemSeen(Sql.Text(reader, 0), Sql.Text(reader, 1)) : null;
    });

    public bool UrlKnown(string url) => Use(c =>
    {
        using var command = Sql.Command(c, "SELECT EXISTS(SELECT 1 FROM feed_items WHERE url = @url) OR EXISTS(SELECT 1 FROM articles WHERE url = @url)", ("url", url));
        return command.ExecuteScalar() is true;
    });

    public string? LatestArticleOf(string origin) => Use(c =>
    {
        using var command = Sql.Command(c, "SELECT id FROM articles WHERE origin = @origin ORDER BY seq DESC LIMIT 1", ("origin", UrlCredentials.Strip(origin)));
        return command.ExecuteScalar() as string;
    });

    public IReadOnlyList<long> StoriesOf(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return Use(c =>
        {
            using var command = Sql.Command(c, "SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY(@ids) ORDER BY story_id", ("ids", articleIds.ToArray()));
            using var reader = command.ExecuteReader();
            var stories = new List<long>();
            while (reader.Read())
            {
                stories.Add(reader.GetInt64(0));
            }

            return (IReadOnlyList<long>)stories;
        });
    }

    public long ArticlesReplaced() => Use(c =>
        PostgresSchema.Scalar(c, $"SELECT value FROM state WHERE key = '{ReplacedKey}'") is string v ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0);

    /// <summary>Puts the new version of an article in the place of the old one, in one transaction (see <see cref="SqliteStoryStore.ReplaceArticle"/>).</summary>
    public bool ReplaceArticle(string oldId, string newId)
    {
        ArgumentNullException.ThrowIfNull(oldId);
        ArgumentNullException.ThrowIfNull(newId);
        if (oldId == newId)
        {
            return false;
        }

        return Use(c =>
        {
            using var transaction = c.BeginTransaction();
            long oldStory, newStory;
            string joinedAs;
            double score;
            using (var find = Sql.Command(c, """
                SELECT s.story_id, s.joined_as, s.score, (SELECT story_id FROM story_articles WHERE article_id = @new)
                FROM story_articles s WHERE s.article_id = @old AND EXISTS(SELECT 1 FROM articles WHERE id = @new)
                """, ("old", oldId), ("new", newId)))
            using (var reader = find.ExecuteReader())
            {
                if (!reader.Read() || reader.IsDBNull(3))
                {
                    return false;
                }

                (oldStory, joinedAs, score, newStory) = (reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt64(3));
            }

            using var replace = Sql.Command(c, $"""
                DELETE FROM sentences WHERE article_seq = (SELECT seq FROM articles WHERE id = @old);
                DELETE FROM copies WHERE article_id = @new AND original_id = @old;
                DELETE FROM copies WHERE article_id = @old;
                UPDATE copies SET original_id = @new WHERE original_id = @old;
                DELETE FROM story_articles WHERE article_id = @old;
                UPDATE story_articles SET joined_as = @joined, score = @score WHERE article_id = @new AND story_id = @oldStory;
                UPDATE feed_items SET article_id = @new WHERE article_id = @old;
                DELETE FROM articles WHERE id = @old;
                UPDATE stories SET articles = (SELECT count(*) FROM story_articles WHERE story_id = stories.id), version = version + 1
                    WHERE id IN (@oldStory, @newStory);
                UPDATE stories SET sources = least(sources, articles) WHERE id IN (@oldStory, @newStory);
                INSERT INTO state(key, value) VALUES ('{ReplacedKey}', '1')
                    ON CONFLICT(key) DO UPDATE SET value = (state.value::bigint + 1)::text;
                """, ("old", oldId), ("new", newId), ("joined", joinedAs), ("score", score), ("oldStory", oldStory), ("newStory", newStory));
            replace.ExecuteNonQuery();
            transaction.Commit();
            return true;
        });
    }
}
