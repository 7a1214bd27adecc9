using Chorus.Core.Documents;

namespace Chorus.Core.Facts;

/// <summary>
/// One outlet's statement of an attributed claim: the content as written (a quote or a paraphrase), its span, the
/// source mention as written ("he", "a campaign aide"), the speaker resolved to a name where the article allows,
/// the cue, and whether the content is a direct quote.
/// </summary>
public sealed record ClaimMention(string ArticleId, string Text, TextSpan Span, string Mention, string? Speaker, string Cue, bool Direct);

/// <summary>
/// A claim with its speaker, merged across the outlets that carry it: the same speaker saying mostly the same words
/// (in order) is one claim however each outlet words it. <see cref="Speaker"/> is the resolved name, else the
/// mention as written; <see cref="Text"/> the most common wording (direct quotes first); <see cref="QuotedDifferently"/>
/// is true when two outlets put different words in quotation marks for it.
/// </summary>
public sealed record AttributedClaim(string Speaker, bool Resolved, string Text, bool Direct, IReadOnlyList<ClaimMention> Mentions, bool QuotedDifferently);
