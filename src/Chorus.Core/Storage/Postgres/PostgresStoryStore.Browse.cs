using System.Text;

namespace Chorus.Core.Storage;

/// <summary>The reads of a reader browsing the PostgreSQL store: story pages with filters, a story's members, one article.</summary>
public sealed partial class PostgresStoryStore
{
    public StoryListPage StoryList(StoryListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, StoryListQuery.MaxLimit);
        var (where, parameters) = StoryFilter(query);
        var order = query.Order == StoryOrder.Newest
            ? "last_seen DESC, id DESC"
            : "sources DESC, articles DESC, last_seen DESC, id";
        var (stories, total) = Use(c =>
        {
            using var command = Sql.Command(c, $"SELECT {StoryColumns} FROM stories WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset",
                [.. parameters, ("limit", limit), ("offset", Math.Max(0, query.Offset))]);
            var rows = ReadStories(command, out _);
            using var count = Sql.Command(c, $"SELECT count(*) FROM stories WHERE {where}", [.. parameters]);
            return (rows, Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        });
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

        return Use(c =>
        {
            outlets.Clear();
            using var command = Sql.Command(c, """
                SELECT sa.story_id, a.outlet, count(*) AS n FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                WHERE sa.story_id = ANY(@ids)
                GROUP BY sa.story_id, a.outlet ORDER BY sa.story_id, n DESC, a.outlet
                """, ("ids", storyIds.ToArray()));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!outlets.TryGetValue(id, out var list))
                {
                    outlets[id] = list = new List<OutletCount>();
                }

                ((List<OutletCount>)list).Add(new OutletCount(reader.GetString(1), Sql.Int(reader, 2)));
            }

            return (IReadOnlyDictionary<long, IReadOnlyList<OutletCount>>)outlets;
        });
    }

    public IReadOnlyList<StoryMember> StoryMembers(long storyId) => Use(c =>
    {
        using var command = Sql.Command(c, """
            SELECT a.id, a.title, a.outlet, a.published, a.published_is_ingest_time, sa.joined_as, sa.score, cp.original_id
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id LEFT JOIN copies cp ON cp.article_id = a.id
            WHERE sa.story_id = @id ORDER BY a.published, a.seq
            """, ("id", storyId));
        using var reader = command.ExecuteReader();
        var members = new List<StoryMember>();
        while (reader.Read())
        {
            members.Add(new StoryMember(reader.GetString(0), Sql.Text(reader, 1), reader.GetString(2), StoreTime.Parse(reader.GetString(3)),
                reader.GetInt32(4) == 1, reader.GetString(5), reader.GetDouble(6))
            { CopyOf = Sql.Text(reader, 7) });
        }

        return (IReadOnlyList<StoryMember>)members;
    });

    public StoredArticle? Article(string articleId) => Use(c =>
    {
        using var command = Sql.Command(c, """
            SELECT a.id, sa.story_id, a.origin, a.url, a.title, a.outlet, a.published, a.published_is_ingest_time, a.ingested, a.text
            FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = @id
            """, ("id", articleId));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StoredArticle(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), Sql.Text(reader, 3), Sql.Text(reader, 4),
                reader.GetString(5), StoreTime.Parse(reader.GetString(6)), reader.GetInt32(7) == 1, StoreTime.Parse(reader.GetString(8)), reader.GetString(9))
            : null;
    });

    /// <summary>How many stored articles contain each of <paramref name="terms"/> (the clusterer's document frequencies), and how many articles in all.</summary>
    public (long Documents, IReadOnlyDictionary<string, int> Frequencies) TermFrequencies(IReadOnlyCollection<string> terms) => Use(c =>
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = Sql.Command(c, "SELECT term, documents FROM term_frequency WHERE term = ANY(@terms)", ("terms", terms.Distinct(StringComparer.Ordinal).ToArray())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                frequencies[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var documents = PostgresSchema.Scalar(c, "SELECT value FROM state WHERE key = 'documents'") is string text
            ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        return (documents, (IReadOnlyDictionary<string, int>)frequencies);
    });

    /// <summary>The insertion number of the latest stored article (0 for an empty store).</summary>
    public long LatestArticleSeq() => Use(c => PostgresSchema.Scalar(c, "SELECT max(seq) FROM articles") is long seq ? seq : 0);

    /// <summary>The articles stored after <paramref name="seq"/> (see <see cref="LatestArticleSeq"/>), with their stories.</summary>
    public IReadOnlyList<ArticlePlacement> ArticlesAddedAfter(long seq) => Use(c =>
    {
        using var command = Sql.Command(c, """
            SELECT a.seq, a.origin, a.id, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id
            WHERE a.seq > @seq ORDER BY a.seq
            """, ("seq", seq));
        using var reader = command.ExecuteReader();
        var placed = new List<ArticlePlacement>();
        while (reader.Read())
        {
            placed.Add(new ArticlePlacement(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return (IReadOnlyList<ArticlePlacement>)placed;
    });

    private static (string Where, List<(string Name, object? Value)> Parameters) StoryFilter(StoryListQuery query)
    {
        var where = new StringBuilder("sources >= @min");
        var parameters = new List<(string, object?)> { ("min", query.MinSources) };
        if (query.From is { } from)
        {
            where.Append(" AND last_seen >= @from");
            parameters.Add(("from", StoreTime.Format(from)));
        }

        if (query.Until is { } until)
        {
            where.Append(" AND first_seen < @until");
            parameters.Add(("until", StoreTime.Format(until)));
        }

        if (!string.IsNullOrWhiteSpace(query.Outlet))
        {
            // SQLite's NOCASE folds ASCII letters only; lower() folds every letter, which only finds more.
            where.Append(" AND id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE lower(a.outlet) = lower(@outlet))");
            parameters.Add(("outlet", query.Outlet.Trim()));
        }

        if (query.Text is { } text)
        {
            where.Append(" AND id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id WHERE a.fts @@ to_tsquery('english', @text))");
            parameters.Add(("text", PostgresTextQuery.From(text.FtsMatch)));
        }

        return (where.ToString(), parameters);
    }
}
