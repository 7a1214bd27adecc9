using Chorus.Core.Documents;

namespace Chorus.Core.ReportedSpeech;

/// <summary>What kind of cue introduced an attribution; it decides where the content may lie.</summary>
public enum CueKind
{
    /// <summary>A verb of saying: said, told, wrote, added, argued (content after it, or before it with a comma).</summary>
    Say,

    /// <summary>A verb of belief: thinks, believes, fears, hopes.</summary>
    Think,

    /// <summary>A verb of intention with a to-clause: wants, plans, vowed, refused.</summary>
    Intent,

    /// <summary>A verb whose object is the content: called, accused, praised, endorsed, cited.</summary>
    Object,

    /// <summary>"seems", "appears": the subject's stance as an observer sees it.</summary>
    Appear,

    /// <summary>A poll, study or report shows, finds or indicates that ….</summary>
    Evidence,

    /// <summary>"according to X".</summary>
    According,

    /// <summary>A colon before a quote: "Kasich resisted: “…”".</summary>
    Colon,

    /// <summary>
    /// A quoted statement no cue of the rules introduces ("Lee shot back, “…”", "“…” - Lee"): the quote is the
    /// content, its source the subject of the clause before it or the name right after it. The cue is the opening mark.
    /// </summary>
    Quote,
}

/// <summary>
/// One attribution relation of an article: the content (what was said or believed), the source mention as written
/// (a name, "he", "a campaign aide"), the cue, whether the content is a direct quote, and the speaker resolved to
/// a name where the article allows ("he" → the last named speaker). Spans index the article text; a content split
/// by its cue ("“…,” he said, “…”") runs from its first piece to its last.
/// </summary>
public sealed record AttributionRelation(TextSpan Content, TextSpan? Source, TextSpan Cue, CueKind Kind, bool Direct, string? Speaker)
{
    /// <summary>
    /// The relation is reported inside another relation's content ("Lee said the board believes …": the board's
    /// belief) or reads the same words as an earlier one. A brief keeps it (every speaker counts); news attribution
    /// corpora annotate only the other relation, so the evaluation leaves it out (<see cref="NestedRelations"/>).
    /// </summary>
    public bool Embedded { get; init; }
}
