using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>The reads of a reader browsing the store: story pages with filters, a story's members, one article, search pages.</summary>
public sealed partial class SqliteStoryStore
{
    public StoryListPage StoryList(StoryListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, StoryListQuery.MaxLimit);
        var (where, parameters) = StoryFilter(query);
        var order = query.Order == StoryOrder.Newest
            ? "last_seen DESC, id DESC"
            : "sources DESC, articles DESC, last_seen DESC, id";

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoryColumns} FROM stories WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset";
        AddAll(command, parameters);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        var stories = ReadStories(command);

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM stories WHERE {where}";
        AddAll(count, parameters);
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new StoryListPage(stories, total, OutletsOf(stories.Select(s => s.Id).ToList()));
    }

    /// <summary>The outlets of each story, the one with most articles first.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<OutletCount>> OutletsOf(IReadOnlyList<long> storyIds)
    {
        var outlets = new Dictionary<long, IReadOnlyList<OutletCount>>();
        if (storyIds.Count == 0)
        {
            return outlets;
        }

        using var command = connection.CreateCommand();
        var names = storyIds.Select((id, i) => "$s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"""
            SELECT sa.story_id, a.outlet, count(*) AS n FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            WHERE sa.story_id IN ({string.Join(',', names)})
            GROUP BY sa.story_id, a.outlet ORDER BY sa.story_id, n DESC, a.outlet
            """;
        for (var i = 0; i < storyIds.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], storyIds[i]);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (!outlets.TryGetValue(id, out var list))
            {
                outlets[id] = list = new List<OutletCount>();
            }

            ((List<OutletCount>)list).Add(new OutletCount(reader.GetString(1), reader.GetInt32(2)));
        }

        return outlets;
    }

    public IReadOnlyList<StoryMember> StoryMembers(long storyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.title, a.outlet, a.published, a.published_is_ingest_time, sa.joined_as, sa.score, c.original_id
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id LEFT JOIN copies c ON c.article_id = a.id
            WHERE sa.story_id = $id ORDER BY a.published, a.seq
            """;
        command.Parameters.AddWithValue("$id", storyId);
        using var reader = command.ExecuteReader();
        var members = new List<StoryMember>();
        while (reader.Read())
        {
            members.Add(new StoryMember(reader.GetString(0), NullableString(reader, 1), reader.GetString(2), StoreTime.Parse(reader.GetString(3)),
                reader.GetInt32(4) == 1, reader.GetString(5), reader.GetDouble(6))
            { CopyOf = NullableString(reader, 7) });
        }

        return members;
    }

    public StoredArticle? Article(string articleId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, sa.story_id, a.origin, a.url, a.title, a.outlet, a.published, a.published_is_ingest_time, a.ingested, a.text
            FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = $id
            """;
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredArticle(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), NullableString(reader, 3), NullableString(reader, 4),
                reader.GetString(5), StoreTime.Parse(reader.GetString(6)), reader.GetInt32(7) == 1, StoreTime.Parse(reader.GetString(8)), reader.GetString(9))
            : null;
    }

    /// <summary>How many stored articles contain each of <paramref name="terms"/> (the clusterer's document frequencies), and how many articles in all.</summary>
    public (long Documents, IReadOnlyDictionary<string, int> Frequencies) TermFrequencies(IReadOnlyCollection<string> terms)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in terms.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            using var command = connection.CreateCommand();
            var names = chunk.Select((t, i) => "$t" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"SELECT term, documents FROM term_frequency WHERE term IN ({string.Join(',', names)})";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                frequencies[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var documents = SqliteSchema.Scalar(connection, "SELECT value FROM state WHERE key = 'documents'") is string text
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : 0;
        return (documents, frequencies);
    }

    /// <summary>The insertion number of the latest stored article (0 for an empty store).</summary>
    public long LatestArticleSeq() => SqliteSchema.Scalar(connection, "SELECT max(seq) FROM articles") is long seq ? seq : 0;

    /// <summary>The articles stored after <paramref name="seq"/> (see <see cref="LatestArticleSeq"/>), with their stories.</summary>
    public IReadOnlyList<ArticlePlacement> ArticlesAddedAfter(long seq)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.seq, a.origin, a.id, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id
            WHERE a.seq > $seq ORDER BY a.seq
            """;
        command.Parameters.AddWithValue("$seq", seq);
        using var reader = command.ExecuteReader();
        var placed = new List<ArticlePlacement>();
        while (reader.Read())
        {
            placed.Add(new ArticlePlacement(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return placed;
    }

    private static (string Where, List<(string Name, object Value)> Parameters) StoryFilter(StoryListQuery query)
    {
        var where = new StringBuilder("sources >= $min");
        var parameters = new List<(string, object)> { ("$min", query.MinSources) };
        if (query.From is { } from)
        {
            where.Append(" AND last_seen >= $from");
            parameters.Add(("$from", StoreTime.Format(from)));
        }

        if (query.Until is { } until)
        {
            where.Append(" AND first_seen < $until");
            parameters.Add(("$until", StoreTime.Format(until)));
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            where.Append(" AND id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE a.outlet = $outlet COLLATE NOCASE)");
            parameters.Add(("$outlet", query.Outlet.Trim()));
        }

        if (query.Text is { } text)
        {
            where.Append(" AND id IN (SELECT sa.story_id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH $text)");
            parameters.Add(("$text", text.FtsMatch));
        }

        return (where.ToString(), parameters);
    }

    private static void AddAll(SqliteCommand command, List<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
