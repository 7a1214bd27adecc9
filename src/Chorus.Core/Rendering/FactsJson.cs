using System.Globalization;
using Chorus.Core.Briefs;
using Chorus.Core.Facts;

namespace Chorus.Core.Rendering;

/// <summary>The JSON form of a brief's facts; spans are start/end offsets into each article's cleaned text.</summary>
internal static class FactsJson
{
    public static FactsDto ToDto(Brief brief)
    {
        var f = brief.Facts;
        return new FactsDto(
            f.Quantities.Select(q => new QuantityDto(Math.Round(q.Value, 4), q.Phrase, q.Modifier, Interval(q.Interval), q.Unit, q.Counted, q.Head, q.Event, Span(brief, q.Source), new RangeDto(q.Sentence.Span.Start, q.Sentence.Span.End))).ToList(),
            f.Quotes.Select(q => new QuoteDto(
                q.Text,
                q.Speaker,
                q.Role,
                q.Verb,
                q.Mentions.Select(m => new QuoteMentionDto(Label(brief, m.ArticleId), m.ArticleId, m.Text, m.Spans.Select(s => new RangeDto(s.Start, s.End)).ToList(), m.Speaker, m.Role, m.Verb)).ToList(),
                q.WordingDifferences.Select(d => new WordingDto(d.ArticleIds.Select(id => Label(brief, id)).ToList(), d.Text, d.Adds, d.Lacks)).ToList())).ToList(),
            f.Entities.Select(e => new EntityDto(
                e.Name,
                e.Type.ToString().ToLowerInvariant(),
                e.Variants,
                e.Mentions.OrderBy(m => Label(brief, m.ArticleId), StringComparer.Ordinal)
                    .Select(m => new EntityMentionsDto(Label(brief, m.ArticleId), m.ArticleId, m.Count, m.Spans.Select(s => new RangeDto(s.Start, s.End)).ToList())).ToList())).ToList(),
            f.Timeline.Select(t => new TimelineDto(Iso(t.From), Iso(t.To), Precision(t.Precision), t.Event, t.Mentions.Select(m => Date(brief, m)).ToList())).ToList(),
            f.Conflicts.Select(c => new ConflictDto(c.Kind.ToString().ToLowerInvariant(), c.Claim, c.Sides.Select(s => new SideDto(s.Values.Select(v => Value(brief, v)).ToList())).ToList())).ToList(),
            f.Agreements.Select(a => new AgreementDto(a.Kind.ToString().ToLowerInvariant(), a.Claim, a.Values.Select(v => Value(brief, v)).ToList())).ToList(),
            f.OnlyIn.Select(o => new OnlyInDto(
                Label(brief, o.ArticleId),
                o.ArticleId,
                o.Quantities.Select(q => Span(brief, q.Source)).ToList(),
                o.Quotes.Select(q => q.Text).ToList())).ToList(),
            f.Claims.Select(c => new ClaimDto(
                c.Speaker,
                c.Resolved,
                c.Text,
                c.Direct,
                c.Mentions.Select(m => Label(brief, m.ArticleId)).Distinct(StringComparer.Ordinal).ToList(),
                c.QuotedDifferently,
                c.Mentions.Select(m => new ClaimMentionDto(Label(brief, m.ArticleId), m.ArticleId, m.Text, m.Span.Start, m.Span.End, m.Mention, m.Speaker, m.Cue, m.Direct)).ToList())).ToList());
    }

    private static IntervalDto Interval(ValueInterval i) =>
        new(Math.Round(i.Low, 4), i.LowOpen, double.IsPositiveInfinity(i.High) ? null : Math.Round(i.High, 4), i.HighOpen);

    private static SpanDto Span(Brief brief, SourceSpan s) => new(Label(brief, s.ArticleId), s.ArticleId, s.Span.Start, s.Span.End, s.Text);

    private static ValueDto Value(Brief brief, ClaimValue v) => new(v.Value, v.Sources.Select(s => Span(brief, s)).ToList());

    private static DateMentionDto Date(Brief brief, DatedEvent d) =>
        new(Label(brief, d.Source.ArticleId), d.Source.ArticleId, d.Phrase, d.Reference is { } r ? Iso(r) : null, d.Source.Span.Start, d.Source.Span.End, new RangeDto(d.Sentence.Span.Start, d.Sentence.Span.End));

    private static string Label(Brief brief, string articleId) => brief.SourceOf(articleId).Label;

    private static string Precision(DatePrecision p) => p.ToString().ToLowerInvariant();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

#pragma warning disable SA1649, CA1819 // The DTOs are the JSON schema of the facts; they live together with their renderer.
public sealed record FactsDto(IReadOnlyList<QuantityDto> Quantities, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<EntityDto> Entities, IReadOnlyList<TimelineDto> Timeline, IReadOnlyList<ConflictDto> Conflicts, IReadOnlyList<AgreementDto> Agreements, IReadOnlyList<OnlyInDto> OnlyIn, IReadOnlyList<ClaimDto> Claims);

public sealed record RangeDto(int Start, int End);

public sealed record SpanDto(string Source, string ArticleId, int Start, int End, string Text);

/// <summary>An interval of values; <c>high</c> is null for an unbounded one ("more than 1,000").</summary>
public sealed record IntervalDto(double Low, bool LowOpen, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? High, bool HighOpen);

public sealed record QuantityDto(double Value, string Phrase, string? Modifier, IntervalDto Interval, string? Unit, string Counted, string Head, string? Event, SpanDto Span, RangeDto Sentence);

public sealed record QuoteDto(string Text, string? Speaker, string? Role, string? Verb, IReadOnlyList<QuoteMentionDto> Mentions, IReadOnlyList<WordingDto> WordingDifferences);

public sealed record QuoteMentionDto(string Source, string ArticleId, string Text, IReadOnlyList<RangeDto> Spans, string? Speaker, string? Role, string? Verb);

public sealed record WordingDto(IReadOnlyList<string> Sources, string Text, IReadOnlyList<string> Adds, IReadOnlyList<string> Lacks);

public sealed record EntityDto(string Name, string Type, IReadOnlyList<string> Variants, IReadOnlyList<EntityMentionsDto> Mentions);

public sealed record EntityMentionsDto(string Source, string ArticleId, int Count, IReadOnlyList<RangeDto> Spans);

public sealed record TimelineDto(string From, string To, string Precision, string Event, IReadOnlyList<DateMentionDto> Mentions);

public sealed record DateMentionDto(string Source, string ArticleId, string Phrase, string? Reference, int Start, int End, RangeDto Sentence);

public sealed record ConflictDto(string Kind, string Claim, IReadOnlyList<SideDto> Sides);

public sealed record SideDto(IReadOnlyList<ValueDto> Values);

public sealed record ValueDto(string Value, IReadOnlyList<SpanDto> Sources);

public sealed record AgreementDto(string Kind, string Claim, IReadOnlyList<ValueDto> Values);

public sealed record OnlyInDto(string Source, string ArticleId, IReadOnlyList<SpanDto> Quantities, IReadOnlyList<string> Quotes);

/// <summary>An attributed claim: the speaker (a resolved name, else the mention as written), the shown wording, the labels of the outlets carrying it.</summary>
public sealed record ClaimDto(string Speaker, bool SpeakerResolved, string Text, bool Direct, IReadOnlyList<string> Sources, bool QuotedDifferently, IReadOnlyList<ClaimMentionDto> Mentions);

public sealed record ClaimMentionDto(string Source, string ArticleId, string Text, int Start, int End, string Mention, string? Speaker, string Cue, bool Direct);
#pragma warning restore SA1649, CA1819
