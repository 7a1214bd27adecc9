namespace Chorus.Core.Lexicon;

/// <summary>Words that introduce speech and name speakers' roles, for finding who said a quote.</summary>
internal static class SpeechLexicon
{
    /// <summary>Verbs of saying, in the forms news attributions use them.</summary>
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "explained", "warned", "insisted",
        "claimed", "declared", "asked", "wrote", "tweeted", "reported", "announced", "acknowledged", "argued",
        "continued", "recalled", "urged", "stressed", "remarked", "replied", "responded", "quoted", "saying", "cautioned",
    };

    /// <summary>Subject pronouns that refer back to the last named person.</summary>
    public static readonly IReadOnlySet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    /// <summary>
    /// Titles and roles that precede a name ("National Security Adviser Lena Varro", "pharmacist Ilse Marek");
    /// a capitalised run is split after the last of them into role and name.
    /// </summary>
    public static readonly IReadOnlySet<string> Titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "prime", "minister", "secretary", "adviser", "advisor", "general", "gen", "colonel", "col",
        "lieutenant", "major", "captain", "commander", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson",
        "chief", "director", "head", "chairman", "chairwoman", "chair", "senator", "sen", "representative", "rep",
        "ambassador", "envoy", "king", "queen", "prince", "princess", "sheikh", "mullah", "judge", "justice", "inspector",
        "officer", "sergeant", "sgt", "admiral", "marshal", "deputy", "pharmacist", "analyst", "doctor", "dr", "professor",
        "prof", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "pope", "bishop", "imam", "member", "lawmaker", "mp",
        "councillor", "councilor", "official", "engineer", "soldier", "resident", "farmer", "teacher", "nurse",
        "correspondent", "reporter", "editor", "economist", "researcher", "lawyer", "attorney", "coach", "manager",
        "leader", "founder", "ceo", "chancellor", "speaker", "diplomat", "commissioner", "superintendent", "warden",
    };

    /// <summary>Documents that "say" things on behalf of the issuer quoted just before ("…,” said the statement").</summary>
    public static readonly IReadOnlySet<string> Documents = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the statement", "the report", "the communique", "the communiqué", "the release", "the letter", "the notice",
    };

    /// <summary>Words that end a speaker phrase after an inverted verb ("said X in Dovrenna", "said X who …").</summary>
    public static readonly IReadOnlySet<string> PhraseStops = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "during", "after", "before", "who", "which", "that", "when", "while", "as", "from", "to", "by", "with",
    };
}
