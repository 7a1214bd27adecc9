using System.Globalization;
using Chorus.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>What a full-text search returns: one page of articles and the stories with the best matches.</summary>
public sealed record SearchResults(SearchPage Articles, IReadOnlyList<StoryHit> Stories);

/// <summary>Which page of a full-text search to read, and how its snippets are marked.</summary>
public sealed record SearchRequest
{
    public int Offset { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>How many stories to group the best matches into; 0 reads articles only.</summary>
    public int StoryLimit { get; init; }

    public string Open { get; init; } = "[";

    public string Close { get; init; } = "]";

    /// <summary>Words of context in a snippet.</summary>
    public int SnippetWords { get; init; } = 24;
}

/// <summary>Full-text search: ranked once, then cut into the page of articles and grouped into stories.</summary>
public sealed partial class SqliteStoryStore
{
    /// <summary>Best-ranked article matches grouped into stories: past them a common word's long tail costs time and does not change the first page of stories.</summary>
    private const int StoryMatchWindow = 2000;

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        Guard.AtLeast(limit, 1);
        var match = FtsQuery(query);
        return match.Length == 0
            ? []
            : Search(new SearchQuery(query, match), new SearchRequest { Limit = limit, SnippetWords = 16 }).Articles.Hits;
    }

    /// <summary>
    /// Articles matching <paramref name="query"/>, best first (bm25, then arrival), and the stories holding the best
    /// of them, the story with the best match first. The ranking is computed once for both; snippets only for the
    /// page's articles.
    /// </summary>
    public SearchResults Search(SearchQuery query, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        var offset = Math.Max(0, request.Offset);
        var limit = Math.Max(1, request.Limit);
        var ranked = RankedMatches(query.FtsMatch, Math.Max(request.StoryLimit > 0 ? StoryMatchWindow : 0, offset + limit + 1));
        var page = ranked.Skip(offset).Take(limit).ToList();
        var snippets = Snippets(query.FtsMatch, page.Select(m => m.Seq), request);
        var hits = page.Select(m => new SearchHit(m.ArticleId, m.StoryId, m.Title, m.Outlet, snippets[m.Seq], m.Rank)).ToList();
        var stories = request.StoryLimit > 0 ? StoriesOf(ranked.Take(StoryMatchWindow), request.StoryLimit) : [];
        return new SearchResults(new SearchPage(hits, ranked.Count > offset + limit), stories);
    }

    private sealed record RankedMatch(long Seq, double Rank, string ArticleId, long StoryId, string? Title, string Outlet);

    private List<RankedMatch> RankedMatches(string match, int window)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT x.rowid, x.r, a.id, sa.story_id, a.title, a.outlet FROM (
                SELECT rowid, rank AS r FROM articles_fts WHERE articles_fts MATCH $q ORDER BY rank LIMIT $window) x
            JOIN articles a ON a.seq = x.rowid JOIN story_articles sa ON sa.article_id = a.id
            ORDER BY x.r, x.rowid
            """;
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$window", window);
        using var reader = command.ExecuteReader();
        var matches = new List<RankedMatch>();
        while (reader.Read())
        {
            matches.Add(new RankedMatch(reader.GetInt64(0), reader.GetDouble(1), reader.GetString(2), reader.GetInt64(3), NullableString(reader, 4), reader.GetString(5)));
        }

        return matches;
    }

    /// <summary>One lookup by rowid per article: FTS5 then reads only that row's positions, where an IN list would walk every match.</summary>
    private Dictionary<long, string> Snippets(string match, IEnumerable<long> seqs, SearchRequest request)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT snippet(articles_fts, 1, $open, $close, '…', $words) FROM articles_fts WHERE articles_fts MATCH $q AND rowid = $seq";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$open", request.Open);
        command.Parameters.AddWithValue("$close", request.Close);
        command.Parameters.AddWithValue("$words", request.SnippetWords);
        var seq = command.Parameters.Add("$seq", SqliteType.Integer);
        var snippets = new Dictionary<long, string>();
        foreach (var id in seqs)
        {
            seq.Value = id;
            snippets[id] = command.ExecuteScalar() is string text ? text.ReplaceLineEndings(" ") : "";
        }

        return snippets;
    }

    private List<StoryHit> StoriesOf(IEnumerable<RankedMatch> matches, int limit)
    {
        // Matches arrive best first, so a story's first match is its best.
        var counts = new Dictionary<long, int>();
        var order = new List<long>();
        foreach (var match in matches)
        {
            if (!counts.TryAdd(match.StoryId, 1))
            {
                counts[match.StoryId]++;
            }
            else
            {
                order.Add(match.StoryId);
            }
        }

        var chosen = order.Take(limit).ToList();
        if (chosen.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var names = chosen.Select((_, i) => "$s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"SELECT {StoryColumns} FROM stories WHERE id IN ({string.Join(',', names)})";
        for (var i = 0; i < chosen.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], chosen[i]);
        }

        var rows = ReadStories(command).ToDictionary(s => s.Id);
        return [.. chosen.Where(rows.ContainsKey).Select(id => new StoryHit(rows[id], counts[id]))];
    }
}
