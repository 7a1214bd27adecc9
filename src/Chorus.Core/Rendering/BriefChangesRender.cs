using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chorus.Core.Rendering;

/// <summary>
/// "What changed since version N" of a story's brief, as Markdown (the terminal shows it as is) and as JSON
/// (camelCase, top-level schemaVersion): the same for <c>chorus show --since</c>, the API and the Atom entries.
/// </summary>
public static class BriefChangesRender
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(BriefChangesJsonContext.Default, indented: true);

    public static string Json(BriefChanges changes) => JsonOutput.Document(Dto(changes), Options);

    public static BriefChangesDto Dto(BriefChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return new(SchemaVersion, changes.StoryId, changes.Since, changes.Version, changes.Headline, changes.HeadlineChanged ? changes.PreviousHeadline : null,
            changes.AddedSentences, changes.RemovedSentences, changes.NewSources, changes.RemovedSources, changes.NewConflicts, changes.ResolvedConflicts);
    }

    public static string Markdown(BriefChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var md = new StringBuilder();
        md.Append("# Changes since version ").Append(Number(changes.Since)).Append(": ").AppendLine(BriefMarkdown.Escape(changes.Headline)).AppendLine();
        md.Append("Story ").Append(Number(changes.StoryId)).Append(", version ").Append(Number(changes.Since)).Append(" to version ").Append(Number(changes.Version)).AppendLine(".");
        if (changes.HeadlineChanged)
        {
            md.AppendLine().Append("Headline was: ").AppendLine(BriefMarkdown.Escape(changes.PreviousHeadline));
        }

        if (changes.IsEmpty)
        {
            md.AppendLine().AppendLine("Nothing in the brief changed.");
            return md.ToString();
        }

        Section(md, "Added to the summary", changes.AddedSentences, Sentence);
        Section(md, "Removed from the summary", changes.RemovedSentences, Sentence);
        Section(md, "New sources", changes.NewSources, Source);
        Section(md, "Sources gone", changes.RemovedSources, Source);
        Section(md, "New conflicts", changes.NewConflicts, Conflict);
        Section(md, "Resolved conflicts", changes.ResolvedConflicts, Conflict);
        return md.ToString();
    }

    /// <summary>One line per kind of change ("2 sentences added, 1 new source"), for a feed entry's summary.</summary>
    public static string Counts(BriefChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var parts = new List<string>();
        Count(parts, changes.AddedSentences.Count, "sentence added", "sentences added");
        Count(parts, changes.RemovedSentences.Count, "sentence removed", "sentences removed");
        Count(parts, changes.NewSources.Count, "new source", "new sources");
        Count(parts, changes.RemovedSources.Count, "source gone", "sources gone");
        Count(parts, changes.NewConflicts.Count, "new conflict", "new conflicts");
        Count(parts, changes.ResolvedConflicts.Count, "conflict resolved", "conflicts resolved");
        if (changes.HeadlineChanged)
        {
            parts.Add("new headline");
        }

        return parts.Count == 0 ? "no change in the brief" : string.Join(", ", parts);
    }

    public static string Sentence(ChangedSentence s) => $"{BriefMarkdown.Escape(s.Text)} ({BriefMarkdown.Escape(string.Join(", ", s.Outlets))})";

    public static string Source(ChangedSource s) =>
        $"{BriefMarkdown.Escape(s.Outlet)}: {BriefMarkdown.Escape(s.Title ?? "(untitled)")}{(s.Url is null ? "" : $" <{BriefMarkdown.Escape(s.Url)}>")}{(s.NewOutlet ? " (new outlet)" : "")}";

    public static string Conflict(ChangedConflict c) => $"{c.Kind}: {BriefMarkdown.Escape(c.Claim)} ({BriefMarkdown.Escape(string.Join(" | ", c.Sides))})";

    private static void Section<T>(StringBuilder md, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.AppendLine().Append("## ").AppendLine(title).AppendLine();
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(line(item));
        }
    }

    private static void Count(List<string> parts, int n, string one, string many)
    {
        if (n > 0)
        {
            parts.Add($"{Number(n)} {(n == 1 ? one : many)}");
        }
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}

#pragma warning disable SA1649 // The DTO is the JSON schema; it lives with its renderer.

/// <summary>The JSON of a brief's changes; <c>previousHeadline</c> only when the headline changed.</summary>
public sealed record BriefChangesDto(
    int SchemaVersion,
    long StoryId,
    int Since,
    int Version,
    string Headline,
    string? PreviousHeadline,
    IReadOnlyList<ChangedSentence> AddedSentences,
    IReadOnlyList<ChangedSentence> RemovedSentences,
    IReadOnlyList<ChangedSource> NewSources,
    IReadOnlyList<ChangedSource> RemovedSources,
    IReadOnlyList<ChangedConflict> NewConflicts,
    IReadOnlyList<ChangedConflict> ResolvedConflicts);
#pragma warning restore SA1649

[JsonSerializable(typeof(BriefChangesDto))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(BriefDto))]
internal sealed partial class BriefChangesJsonContext : JsonSerializerContext;
