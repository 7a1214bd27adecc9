using Chorus.Core.Rendering;
using Chorus.Core.Storage;
using Chorus.Web.Store;

namespace Chorus.Web.Briefs;

/// <summary>A span of an article that the brief cites: a summary match, a sentence only this source has, or a fact.</summary>
public sealed record CitedSpan(int Start, int End, string Kind);

/// <summary>
/// An article as its story's brief read it: the cleaned text the brief's spans point into, the lines the cleaner
/// removed (each with its rule), and the spans the brief cites. Falls back to the text stored at ingest when the
/// article is not among the brief's sources.
/// </summary>
public sealed record ArticleView(StoredArticle Stored, SourceDto? Source, string Text, IReadOnlyList<RemovedLineDto> Removed, IReadOnlyList<CitedSpan> Cited, StoryBrief? Story)
{
    public static ArticleView? Load(string articleId, StorePool pool, BriefService briefs)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(briefs);
        var stored = pool.Read(s => s.Article(articleId));
        if (stored is null)
        {
            return null;
        }

        if (briefs.Get(stored.StoryId) is not StoryBrief story || story.Brief.Sources.FirstOrDefault(s => s.ArticleId == articleId) is not { } source
            || !story.Texts.TryGetValue(articleId, out var text))
        {
            return new ArticleView(stored, null, stored.Text, [], [], null);
        }

        var removed = story.Brief.Removed.FirstOrDefault(r => r.ArticleId == articleId)?.Lines ?? [];
        return new ArticleView(stored, source, text, removed, CitedIn(story.Brief, articleId, text.Length), story);
    }

    private static List<CitedSpan> CitedIn(BriefDto brief, string articleId, int length)
    {
        var spans = new List<CitedSpan>();
        spans.AddRange(brief.Summary.SelectMany(s => s.Attributions).Where(a => a.ArticleId == articleId).Select(a => new CitedSpan(a.Start, a.End, "summary")));
        spans.AddRange(brief.Coverage.Where(c => c.ArticleId == articleId).SelectMany(c => c.OnlyHere).Select(o => new CitedSpan(o.Start, o.End, "only")));
        if (brief.Facts is { } facts)
        {
            var values = facts.Conflicts.SelectMany(c => c.Sides).SelectMany(s => s.Values).Concat(facts.Agreements.SelectMany(a => a.Values));
            spans.AddRange(values.SelectMany(v => v.Sources).Where(s => s.ArticleId == articleId).Select(s => new CitedSpan(s.Start, s.End, "fact")));
            spans.AddRange(facts.Quantities.Select(q => q.Span).Where(s => s.ArticleId == articleId).Select(s => new CitedSpan(s.Start, s.End, "fact")));
            spans.AddRange(facts.Quotes.SelectMany(q => q.Mentions).Where(m => m.ArticleId == articleId && m.Spans.Count > 0).Select(m => new CitedSpan(m.Spans[0].Start, m.Spans[0].End, "fact")));
            spans.AddRange(facts.Timeline.SelectMany(t => t.Mentions).Where(m => m.ArticleId == articleId).Select(m => new CitedSpan(m.Start, m.End, "fact")));
        }

        return spans.Where(s => s.Start >= 0 && s.End <= length && s.End > s.Start).Distinct().OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
    }
}
