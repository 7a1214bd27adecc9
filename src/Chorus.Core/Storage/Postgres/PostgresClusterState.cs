using System.Globalization;
using Chorus.Core.Clustering;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>Reads the clusterer's saved state from PostgreSQL, as <see cref="SqliteClusterState"/> does from SQLite.</summary>
internal static class PostgresClusterState
{
    public static ClusterSnapshot Load(NpgsqlConnection connection, int recentArticles)
    {
        var stories = new List<StoryProfile>();
        using (var command = Sql.Command(connection, $"SELECT {OpenStoryRows.Columns(dense: true)} FROM stories WHERE closed = 0 ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stories.Add(OpenStoryRows.Read(reader, dense: true));
            }
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = Sql.Command(connection, "SELECT term, documents FROM term_frequency"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                frequency[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = Sql.Command(connection, "SELECT key, value FROM state"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                state[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var inv = CultureInfo.InvariantCulture;
        return new ClusterSnapshot(
            stories,
            frequency,
            state.TryGetValue("documents", out var d) ? long.Parse(d, inv) : 0,
            state.TryGetValue("next_story_id", out var n) ? long.Parse(n, inv) : 1,
            state.TryGetValue("stream_time", out var t) ? StoreTime.Parse(t) : DateTime.MinValue)
        {
            RecentArticles = RecentArticles(connection, recentArticles),
            Representation = state.TryGetValue("representation", out var r) && r.Length > 0 ? r : null,
        };
    }

    /// <summary>The latest <paramref name="limit"/> articles with the story each is in now, oldest first.</summary>
    private static List<StoredArticleText> RecentArticles(NpgsqlConnection connection, int limit)
    {
        using var command = Sql.Command(connection, """
            SELECT a.id, m.story_id, a.title, a.text FROM articles a JOIN story_articles m ON m.article_id = a.id
            ORDER BY a.seq DESC LIMIT @limit
            """, ("limit", limit));
        using var reader = command.ExecuteReader();
        var articles = new List<StoredArticleText>();
        while (reader.Read())
        {
            articles.Add(new StoredArticleText(reader.GetString(0), reader.GetInt64(1), Sql.Text(reader, 2), reader.GetString(3)));
        }

        articles.Reverse();
        return articles;
    }
}
