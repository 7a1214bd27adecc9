using System.Text.Json;
using System.Text.Json.Serialization;
using Chorus.Core.Briefs;
using Chorus.Core.Documents;
using Chorus.Core.Summarization;

namespace Chorus.Core.Rendering;

/// <summary>
/// The JSON form of a brief (schema in docs/brief-schema.md): camelCase, a top-level schemaVersion, spans as
/// start/end offsets into each article's cleaned text, numbers rounded so the same input gives the same bytes.
/// </summary>
public static class BriefJson
{
    /// <summary>3: <c>chorus brief</c> writes a stories document (<see cref="StoriesDto"/>) holding one brief per story.</summary>
    public const int SchemaVersion = 3;

    private static readonly JsonSerializerOptions Options = JsonOutput.Options(BriefJsonContext.Default, indented: true);

    public static string Render(Brief brief, IReadOnlyList<InputProblem> problems) => JsonOutput.Document(ToDto(brief, problems), Options);

    /// <summary>The stories document: how many stories, one brief per story (largest first), the problems of the run once.</summary>
    public static string RenderStories(IReadOnlyList<Brief> briefs, IReadOnlyList<InputProblem> problems) => JsonOutput.Document(
        new StoriesDto(SchemaVersion, briefs.Count, briefs.Select(b => ToDto(b, [])).ToList(), problems.Select(Problem).ToList()),
        Options);

    public static BriefDto ToDto(Brief brief, IReadOnlyList<InputProblem> problems) => new(
        SchemaVersion,
        brief.Headline,
        brief.Sources.Count,
        brief.IndependentSources,
        brief.Summary.Select(s => Summary(brief, s)).ToList(),
        brief.Sources.Select(Source).ToList(),
        brief.Coverage.Select(c => new CoverageDto(c.Label, c.ArticleId, c.OnlyHere.Select(o => new SpanTextDto(o.SentenceIndex, o.Span.Start, o.Span.End, o.Text)).ToList())).ToList(),
        brief.Sources.Select(s => new RemovedDto(s.Label, s.Article.Id, s.Article.Removed.Select(r => new RemovedLineDto(r.LineNumber, r.Text, r.Reason)).ToList())).ToList(),
        problems.Select(Problem).ToList())
    {
        Facts = FactsJson.ToDto(brief),
    };

    private static ProblemDto Problem(InputProblem p) => new(p.Input, p.Message, p.Severity.ToString().ToLowerInvariant());

    private static SummaryDto Summary(Brief brief, SummarySentence sentence)
    {
        var chosen = brief.SourceOf(sentence.Sentence.ArticleId);
        return new SummaryDto(
            sentence.Sentence.Text,
            chosen.Label,
            sentence.IndependentSources,
            sentence.Attributions.Select(a =>
            {
                var source = brief.SourceOf(a.ArticleId);
                return new AttributionDto(source.Label, a.ArticleId, source.Article.Outlet.Name, a.SentenceIndex, a.Span.Start, a.Span.End, a.Text, Math.Round(a.Similarity, 4));
            }).ToList())
        {
            Disputes = sentence.Disputes.Select(d =>
            {
                var source = brief.SourceOf(d.ArticleId);
                return new DisputeDto(source.Label, d.ArticleId, source.Article.Outlet.Name, d.SentenceIndex, d.Span.Start, d.Span.End, d.Text, d.Kind, d.ClaimValue, d.SourceValue);
            }).ToList(),
        };
    }

    private static SourceDto Source(BriefSource source)
    {
        var a = source.Article;
        return new SourceDto(
            source.Label,
            a.Id,
            a.Origin,
            new FoundDto(a.Outlet.Name, a.Outlet.Evidence.Method, a.Outlet.Evidence.Text),
            a.Title,
            a.Published is { } p ? new DateDto(p.ToIsoString(), p.Stated, p.Evidence.Method) : null,
            a.Dateline,
            a.Byline,
            a.Url,
            source.IndependentSource,
            source.CopyOf,
            source.CopyMatch is { } m ? Math.Round(m.Containment, 4) : null,
            a.Paragraphs.Count,
            a.Removed.Count)
        {
            Language = a.Language,
            Provenance = a.Provenance.Count == 0 ? null : a.Provenance.Select(f => new FieldFoundDto(f.Field, f.Evidence.Method, f.Evidence.Text)).ToList(),
        };
    }
}

#pragma warning disable SA1649, CA1819 // The DTOs are the JSON schema; they live together with their renderer.
public sealed record BriefDto(int SchemaVersion, string Headline, int ArticleCount, int IndependentSources, IReadOnlyList<SummaryDto> Summary, IReadOnlyList<SourceDto> Sources, IReadOnlyList<CoverageDto> Coverage, IReadOnlyList<RemovedDto> Removed, IReadOnlyList<ProblemDto> Problems)
{
    /// <summary>Quantities, quotes, entities, timeline, conflicts, agreements and per-source facts (schema version 2).</summary>
    public FactsDto? Facts { get; init; }
}

/// <summary>What <c>chorus brief</c> writes as JSON: the story count, a brief per story (largest first; each as <see cref="BriefDto"/>), the run's input problems.</summary>
public sealed record StoriesDto(int SchemaVersion, int StoryCount, IReadOnlyList<BriefDto> Stories, IReadOnlyList<ProblemDto> Problems);

public sealed record SummaryDto(string Text, string Source, int IndependentSources, IReadOnlyList<AttributionDto> Attributions)
{
    /// <summary>Sources that give another value for what the sentence states (never also in <see cref="Attributions"/>).</summary>
    public IReadOnlyList<DisputeDto> Disputes { get; init; } = [];
}

/// <summary>A disputing source's sentence, the kind of value ("count", "age", "actor", "year"), the sentence's value and the source's.</summary>
public sealed record DisputeDto(string Source, string ArticleId, string Outlet, int SentenceIndex, int Start, int End, string Text, string Kind, string Value, string SourceValue);

public sealed record AttributionDto(string Source, string ArticleId, string Outlet, int SentenceIndex, int Start, int End, string Text, double Similarity);

public sealed record SourceDto(string Label, string ArticleId, string Origin, FoundDto Outlet, string? Title, DateDto? Published, string? Dateline, string? Byline, string? Url, int IndependentSource, string? CopyOf, double? Containment, int Paragraphs, int RemovedLines)
{
    /// <summary>ISO 639-1 code, declared by the page or guessed from its function words.</summary>
    public string? Language { get; init; }

    /// <summary>Where each of title, byline, language and URL was found, when the reader recorded it.</summary>
    public IReadOnlyList<FieldFoundDto>? Provenance { get; init; }
}

public sealed record FieldFoundDto(string Field, string FoundBy, string Evidence);

public sealed record FoundDto(string Name, string FoundBy, string Evidence);

public sealed record DateDto(string Date, string Stated, string FoundBy);

public sealed record CoverageDto(string Source, string ArticleId, IReadOnlyList<SpanTextDto> OnlyHere);

public sealed record SpanTextDto(int SentenceIndex, int Start, int End, string Text);

public sealed record RemovedDto(string Source, string ArticleId, IReadOnlyList<RemovedLineDto> Lines);

public sealed record RemovedLineDto(int Line, string Text, string Reason);

public sealed record ProblemDto(string Input, string Message, string Severity);

/// <summary>The source-generated description of the brief's DTOs (facts included) that <see cref="BriefJson"/> writes.</summary>
[JsonSerializable(typeof(BriefDto))]
[JsonSerializable(typeof(StoriesDto))]
internal sealed partial class BriefJsonContext : JsonSerializerContext;
#pragma warning restore SA1649, CA1819
