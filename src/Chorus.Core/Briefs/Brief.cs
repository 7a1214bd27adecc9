using Chorus.Core.Dedup;
using Chorus.Core.Documents;
using Chorus.Core.Facts;
using Chorus.Core.Summarization;

namespace Chorus.Core.Briefs;

/// <summary>
/// One source article as the brief lists it. <see cref="Label"/> is the short name used in the brief ("S1", and
/// "S1a" for a copy of S1); <see cref="IndependentSource"/> is shared by an article and its copies.
/// </summary>
public sealed record BriefSource(string Label, Article Article, int IndependentSource)
{
    /// <summary>Id of the article this one copies, when it is a near-duplicate.</summary>
    public string? CopyOf { get; init; }

    public CopyMatch? CopyMatch { get; init; }
}

/// <summary>A sentence that only one independent source reports.</summary>
public sealed record SourceOnlySentence(int SentenceIndex, TextSpan Span, string Text);

/// <summary>What an independent source reports that no other independent source does.</summary>
public sealed record SourceCoverage(string ArticleId, string Label, IReadOnlyList<SourceOnlySentence> OnlyHere);

/// <summary>The brief of one story: headline, attributed summary, its sources and what each alone reports.</summary>
public sealed record Brief(
    string Headline,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<BriefSource> Sources,
    IReadOnlyList<SourceCoverage> Coverage)
{
    public int IndependentSources => Sources.Select(s => s.IndependentSource).Distinct().Count();

    /// <summary>Quantities, quotes, entities, timeline, conflicts and agreements of the story (the Facts stage).</summary>
    public FactSet Facts { get; init; } = FactSet.Empty;

    public BriefSource SourceOf(string articleId) => Sources.First(s => s.Article.Id == articleId);
}
