using Chorus.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Chorus.Core.Storage;

/// <summary>The read side of the SQLite store: story lists, a story's articles, full-text search.</summary>
public sealed partial class SqliteStoryStore
{
    private string StoryColumns => "id, headline, sources, articles, first_seen, last_seen, closed, "
        + (schemaVersion >= SqliteBatchWriter.StoryVersionSchema ? "version" : "1");

    public IReadOnlyList<StoryRow> Stories(StoryQuery query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {StoryColumns} FROM stories
            WHERE sources >= $min AND last_seen >= $since
            ORDER BY sources DESC, articles DESC, last_seen DESC, id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$min", query.MinSources);
        command.Parameters.AddWithValue("$since", query.Since is { } since ? StoreTime.Format(since) : "");
        command.Parameters.AddWithValue("$limit", query.Limit);
        return ReadStories(command);
    }

    public StoryRow? Story(long storyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoryColumns} FROM stories WHERE id = $id";
        command.Parameters.AddWithValue("$id", storyId);
        return ReadStories(command).FirstOrDefault();
    }

    public IReadOnlyList<StoredDocument> StoryDocuments(long storyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, a.origin, a.raw, a.raw_kind, a.url, a.title_hint, a.outlet_hint, a.date_hint, a.published, a.published_is_ingest_time
            FROM story_articles s JOIN articles a ON a.id = s.article_id
            WHERE s.story_id = $id
            ORDER BY a.published, a.seq
            """;
        command.Parameters.AddWithValue("$id", storyId);
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
        {
            var raw = new RawDocument(reader.GetString(1), reader.GetString(2), (ContentKind)reader.GetInt32(3))
            {
                Url = NullableString(reader, 4),
                TitleHint = NullableString(reader, 5),
                OutletHint = NullableString(reader, 6),
                DateHint = NullableString(reader, 7),
            };
            documents.Add(new StoredDocument(reader.GetString(0), raw, StoreTime.Parse(reader.GetString(8)), reader.GetInt32(9) == 1));
        }

        return documents;
    }

    /// <summary>
    /// A user's query as an FTS5 query (<see cref="SearchQuery"/>: phrases, prefixes, OR, exclusions); a query that
    /// syntax cannot read is taken as plain words, every one quoted (so punctuation and FTS operators are just text)
    /// and all required. A repeated word is one term, and only the first <see cref="SearchQuery.MaxTerms"/> distinct
    /// words are used: FTS5's time grows with the square of the terms (a word pasted 2,000 times took minutes).
    /// </summary>
    internal static string FtsQuery(string query) => SearchQuery.TryParse(query, out var parsed, out _)
        ? parsed.FtsMatch
        : string.Join(' ', Text.Tokenizer.Words(query).Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(SearchQuery.MaxTerms)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    internal static List<StoryRow> ReadStories(SqliteCommand command) => ReadStories(command, out _);

    /// <summary>Story rows of <see cref="StoryColumns"/>; a count in the column after them is read into <paramref name="counts"/>.</summary>
    internal static List<StoryRow> ReadStories(SqliteCommand command, out List<int> counts)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<StoryRow>();
        counts = [];
        while (reader.Read())
        {
            rows.Add(new StoryRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                StoreTime.Parse(reader.GetString(4)), StoreTime.Parse(reader.GetString(5)), reader.GetInt32(6) == 1)
            { Version = reader.GetInt32(7) });
            if (reader.FieldCount > 8)
            {
                counts.Add(reader.GetInt32(8));
            }
        }

        return rows;
    }

    internal static string? NullableString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
