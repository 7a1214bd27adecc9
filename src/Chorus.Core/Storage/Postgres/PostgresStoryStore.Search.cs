using System.Globalization;
using Chorus.Core.Documents;

namespace Chorus.Core.Storage;

/// <summary>
/// Full-text search over the <c>tsvector</c> column: ranked once (ts_rank_cd, best first, then arrival), then cut
/// into the page of articles and grouped into stories, as the SQLite store does with FTS5. The rank is PostgreSQL's
/// and the snippets are ts_headline's, so both differ from SQLite's bm25 and snippet().
/// </summary>
public sealed partial class PostgresStoryStore
{
    /// <summary>Best-ranked article matches grouped into stories (as in SQLite).</summary>
    private const int StoryMatchWindow = 2000;

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        Guard.AtLeast(limit, 1);
        var match = SqliteStoryStore.FtsQuery(query);
        return match.Length == 0
            ? []
            : Search(new SearchQuery(query, match), new SearchRequest { Limit = limit, SnippetWords = 16 }).Articles.Hits;
    }

    public SearchResults Search(SearchQuery query, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        var tsquery = PostgresTextQuery.From(query.FtsMatch);
        var offset = Math.Max(0, request.Offset);
        var limit = Math.Max(1, request.Limit);
        var ranked = RankedMatches(tsquery, Math.Max(request.StoryLimit > 0 ? StoryMatchWindow : 0, offset + limit + 1));
        var page = ranked.Skip(offset).Take(limit).ToList();
        var snippets = Snippets(tsquery, page.Select(m => m.Seq).ToArray(), request);
        var hits = page.Select(m => new SearchHit(m.ArticleId, m.StoryId, m.Title, m.Outlet, snippets.GetValueOrDefault(m.Seq, ""), m.Rank)).ToList();
        var stories = request.StoryLimit > 0 ? StoriesOf(ranked.Take(StoryMatchWindow), request.StoryLimit) : [];
        return new SearchResults(new SearchPage(hits, ranked.Count > offset + limit), stories);
    }

    private sealed record RankedMatch(long Seq, double Rank, string ArticleId, long StoryId, string? Title, string Outlet);

    private List<RankedMatch> RankedMatches(string tsquery, int window) => Use(c =>
    {
        // The rank is negated so that lower is better, as FTS5's bm25 rank is.
        using var command = Sql.Command(c, """
            SELECT a.seq, -ts_rank_cd(a.fts, q)::float8 AS r, a.id, sa.story_id, a.title, a.outlet
            FROM articles a JOIN story_articles sa ON sa.article_id = a.id, to_tsquery('english', @q) q
            WHERE a.fts @@ q
            ORDER BY r, a.seq
            LIMIT @window
            """, ("q", tsquery), ("window", window));
        using var reader = command.ExecuteReader();
        var matches = new List<RankedMatch>();
        while (reader.Read())
        {
            matches.Add(new RankedMatch(reader.GetInt64(0), reader.GetDouble(1), reader.GetString(2), reader.GetInt64(3), Sql.Text(reader, 4), reader.GetString(5)));
        }

        return matches;
    });

    private Dictionary<long, string> Snippets(string tsquery, long[] seqs, SearchRequest request)
    {
        var options = string.Create(CultureInfo.InvariantCulture,
            $"StartSel=\"{request.Open.Replace("\"", "", StringComparison.Ordinal)}\", StopSel=\"{request.Close.Replace("\"", "", StringComparison.Ordinal)}\", MaxWords={Math.Max(2, request.SnippetWords)}, MinWords={Math.Max(1, request.SnippetWords / 2)}, ShortWord=0, MaxFragments=1, FragmentDelimiter=\"…\"");
        return Use(c =>
        {
            using var command = Sql.Command(c, """
                SELECT a.seq, ts_headline('english', a.text, to_tsquery('english', @q), @options), a.text
                FROM articles a WHERE a.seq = ANY(@seqs)
                """, ("q", tsquery), ("options", options), ("seqs", seqs));
            using var reader = command.ExecuteReader();
            var snippets = new Dictionary<long, string>();
            while (reader.Read())
            {
                snippets[reader.GetInt64(0)] = Ellipsis(reader.GetString(1), reader.GetString(2), request).ReplaceLineEndings(" ");
            }

            return snippets;
        });
    }

    /// <summary>An ellipsis where the fragment leaves out the start or the end of the text, as FTS5's snippet() marks them.</summary>
    private static string Ellipsis(string headline, string text, SearchRequest request)
    {
        var plain = headline.Replace(request.Open, "", StringComparison.Ordinal).Replace(request.Close, "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0)
        {
            return headline;
        }

        var body = text.Trim();
        var head = body.StartsWith(plain[..Math.Min(plain.Length, 20)], StringComparison.Ordinal) ? "" : "…";
        var tail = body.EndsWith(plain[^Math.Min(plain.Length, 20)..], StringComparison.Ordinal) ? "" : "…";
        return head + headline.Trim() + tail;
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

        var rows = Use(c =>
        {
            using var command = Sql.Command(c, $"SELECT {StoryColumns} FROM stories WHERE id = ANY(@ids)", ("ids", chosen.ToArray()));
            return ReadStories(command, out _).ToDictionary(s => s.Id);
        });
        return [.. chosen.Where(rows.ContainsKey).Select(id => new StoryHit(rows[id], counts[id]))];
    }
}
