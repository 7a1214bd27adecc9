using Chorus.Core.Documents;

namespace Chorus.Core.Facts;

/// <summary>Where a fact was read: the article, the exact span in its <see cref="Article.Text"/>, and that text.</summary>
public sealed record SourceSpan(string ArticleId, TextSpan Span, string Text);

/// <summary>
/// A number as a news text states it: the value, the words it was written with ("nearly 1,000"), the modifier
/// ("nearly"), the interval the modifier makes of it (rules in <see cref="QuantityModifiers"/>), a unit ("%",
/// "$"), the noun phrase it counts ("army reservists") with its head class ("troops"), and the event verb class
/// ("flee") when the clause names one. <see cref="Sentence"/> is the span of the whole sentence.
/// <see cref="Whole"/> is the total of a part-of-whole ("64 of the 122 seats": 122 for the 64).
/// </summary>
public sealed record Quantity(
    double Value,
    string Phrase,
    string? Modifier,
    ValueInterval Interval,
    string? Unit,
    string Counted,
    string Head,
    string? Event,
    string? Predicate,
    SourceSpan Source,
    SourceSpan Sentence)
{
    public double? Whole { get; init; }
}

/// <summary>One source's wording of a quote: its text, the spans of its pieces, and the speaker as that source names it.</summary>
public sealed record QuoteMention(string ArticleId, string Text, IReadOnlyList<TextSpan> Spans, string? Speaker, string? Role, string? Verb);

/// <summary>
/// A quotation, merged across the sources that carry it: the most common wording, the speaker and role, the
/// verb of saying, every source's mention, and the words some sources have that others lack.
/// </summary>
public sealed record Quote(string Text, string? Speaker, string? Role, string? Verb, IReadOnlyList<QuoteMention> Mentions, IReadOnlyList<WordingDifference> WordingDifferences);

/// <summary>Another wording of a quote: the articles that use it, its text, and the words it adds to and lacks from the shown wording.</summary>
public sealed record WordingDifference(IReadOnlyList<string> ArticleIds, string Text, IReadOnlyList<string> Adds, IReadOnlyList<string> Lacks);

public enum EntityType
{
    Person,
    Place,
    Organisation,
}

/// <summary>How often one article names an entity, and where.</summary>
public sealed record EntityMentions(string ArticleId, int Count, IReadOnlyList<TextSpan> Spans);

/// <summary>A person, place or organisation merged across sources and spellings, with each spelling seen.</summary>
public sealed record Entity(string Name, EntityType Type, IReadOnlyList<string> Variants, IReadOnlyList<EntityMentions> Mentions)
{
    public int Total => Mentions.Sum(m => m.Count);
}

public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A date stated in a sentence: the dates it covers (<see cref="From"/>..<see cref="To"/>, both inclusive), how
/// precise it is, the phrase ("on Monday night"), the reference date a relative phrase was resolved against
/// (null for absolute dates), the sentence, and the spans.
/// </summary>
public sealed record DatedEvent(DateOnly From, DateOnly To, DatePrecision Precision, string Phrase, DateOnly? Reference, SourceSpan Source, SourceSpan Sentence);

/// <summary>One timeline entry: a date, the event sentence, and every source's dated mention of it.</summary>
public sealed record TimelineEntry(DateOnly From, DateOnly To, DatePrecision Precision, string Event, IReadOnlyList<DatedEvent> Mentions);

/// <summary>One value of a claim and who states it: the value as written and each source's span.</summary>
public sealed record ClaimValue(string Value, IReadOnlyList<SourceSpan> Sources);

/// <summary>A set of mutually compatible values of one claim.</summary>
public sealed record ClaimSide(IReadOnlyList<ClaimValue> Values);

public enum ClaimKind
{
    Quantity,
    Date,
    Speaker,
}

/// <summary>A claim the sources disagree on: two or more sides whose values cannot all be true.</summary>
public sealed record Conflict(ClaimKind Kind, string Claim, IReadOnlyList<ClaimSide> Sides);

/// <summary>A claim stated with different but compatible values ("more than 1,000" and "1,210").</summary>
public sealed record Agreement(ClaimKind Kind, string Claim, IReadOnlyList<ClaimValue> Values);

/// <summary>What one independent source reports that no other independent source does.</summary>
public sealed record SourceOnlyFacts(string ArticleId, IReadOnlyList<Quantity> Quantities, IReadOnlyList<Quote> Quotes);

/// <summary>Everything the Facts stage found in a story.</summary>
public sealed record FactSet(
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<DatedEvent> Dates,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<SourceOnlyFacts> OnlyIn)
{
    public static FactSet Empty { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>The quantities as facts: statements of one value of one claim, whatever their wording (<see cref="QuantityFacts"/>).</summary>
    public IReadOnlyList<IReadOnlyList<Quantity>> QuantityFacts { get; init; } = [];

    /// <summary>Every attributed claim (direct or reported) with its speaker and the outlets that carry it (<see cref="ClaimMerger"/>).</summary>
    public IReadOnlyList<AttributedClaim> Claims { get; init; } = [];
}
