namespace Chorus.Core.Rendering;

/// <summary>A summary sentence that one version has and the other lacks, with the outlets it was credited to.</summary>
public sealed record ChangedSentence(string Text, IReadOnlyList<string> Outlets);

/// <summary>An article that joined (or left) the story between two versions; <see cref="NewOutlet"/> when no article of its outlet was there before.</summary>
public sealed record ChangedSource(string ArticleId, string Outlet, string? Title, string? Url, bool NewOutlet);

/// <summary>A disagreement between sources, with each side's values ("12 | 15").</summary>
public sealed record ChangedConflict(string Kind, string Claim, IReadOnlyList<string> Sides);

/// <summary>
/// What changed in a story's brief from version <see cref="Since"/> to version <see cref="Version"/>: sentences of
/// the summary added and removed, articles that joined or left, conflicts that appeared or were resolved.
/// </summary>
public sealed record BriefChanges(
    long StoryId,
    int Since,
    int Version,
    string Headline,
    string PreviousHeadline,
    IReadOnlyList<ChangedSentence> AddedSentences,
    IReadOnlyList<ChangedSentence> RemovedSentences,
    IReadOnlyList<ChangedSource> NewSources,
    IReadOnlyList<ChangedSource> RemovedSources,
    IReadOnlyList<ChangedConflict> NewConflicts,
    IReadOnlyList<ChangedConflict> ResolvedConflicts)
{
    public bool HeadlineChanged => !string.Equals(Headline, PreviousHeadline, StringComparison.Ordinal);

    public bool IsEmpty => !HeadlineChanged && AddedSentences.Count == 0 && RemovedSentences.Count == 0 && NewSources.Count == 0
        && RemovedSources.Count == 0 && NewConflicts.Count == 0 && ResolvedConflicts.Count == 0;
}

/// <summary>
/// The difference between two stored briefs of one story, as a pure function of the two. Sentences are matched by
/// their text with spacing collapsed (a summary sentence is quoted from an article, so the same sentence reads the
/// same); articles by id; conflicts by kind and claim, so a conflict whose sides changed is neither new nor resolved.
/// </summary>
public static class BriefDiff
{
    public static BriefChanges Between(long storyId, int since, BriefDto older, int version, BriefDto newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldSentences = older.Summary.Select(s => Key(s.Text)).ToHashSet(StringComparer.Ordinal);
        var newSentences = newer.Summary.Select(s => Key(s.Text)).ToHashSet(StringComparer.Ordinal);
        var oldArticles = older.Sources.Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var newArticles = newer.Sources.Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var oldOutlets = older.Sources.Select(s => s.Outlet.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var newOutlets = newer.Sources.Select(s => s.Outlet.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var oldConflicts = Conflicts(older).Select(ConflictKey).ToHashSet(StringComparer.Ordinal);
        var newConflicts = Conflicts(newer).Select(ConflictKey).ToHashSet(StringComparer.Ordinal);

        return new BriefChanges(
            storyId,
            since,
            version,
            newer.Headline,
            older.Headline,
            newer.Summary.Where(s => !oldSentences.Contains(Key(s.Text))).Select(Sentence).ToList(),
            older.Summary.Where(s => !newSentences.Contains(Key(s.Text))).Select(Sentence).ToList(),
            newer.Sources.Where(s => !oldArticles.Contains(s.ArticleId)).Select(s => Source(s, !oldOutlets.Contains(s.Outlet.Name))).ToList(),
            older.Sources.Where(s => !newArticles.Contains(s.ArticleId)).Select(s => Source(s, !newOutlets.Contains(s.Outlet.Name))).ToList(),
            Conflicts(newer).Where(c => !oldConflicts.Contains(ConflictKey(c))).Select(Conflict).ToList(),
            Conflicts(older).Where(c => !newConflicts.Contains(ConflictKey(c))).Select(Conflict).ToList());
    }

    private static IReadOnlyList<ConflictDto> Conflicts(BriefDto brief) => brief.Facts?.Conflicts ?? [];

    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string ConflictKey(ConflictDto conflict) => conflict.Kind + "\n" + Key(conflict.Claim);

    private static ChangedSentence Sentence(SummaryDto sentence) =>
        new(sentence.Text, sentence.Attributions.Select(a => a.Outlet).Distinct(StringComparer.Ordinal).ToList());

    private static ChangedSource Source(SourceDto source, bool outletAlone) => new(source.ArticleId, source.Outlet.Name, source.Title, source.Url, outletAlone);

    private static ChangedConflict Conflict(ConflictDto conflict) =>
        new(conflict.Kind, conflict.Claim, conflict.Sides.Select(side => string.Join(", ", side.Values.Select(v => v.Value))).ToList());
}
