namespace Chorus.Core.ReportedSpeech;

/// <summary>Function words that mark the edges of sources and contents around a cue (lower case).</summary>
internal static class SpeechWords
{
    /// <summary>Abbreviations whose full stop ends no sentence and belongs to the word ("Sen. Cruz", "Mr. Trump").</summary>
    public static readonly HashSet<string> Abbreviations = Set("mr mrs ms dr sen rep gov lt gen col st jr sr jan feb aug sept sep oct nov dec no vs inc co corp capt sgt adm prof rev ft mt ave gens reps sens");

    /// <summary>Cues whose listener comes before the message: "told reporters that …".</summary>
    public static readonly HashSet<string> Telling = Set("told tells tell telling assured assures informed informs reminded reminds warned warns urged asked asks asking");

    /// <summary>Telling cues whose object is always the listener: "told a voter", never "told Smith" as an inverted subject.</summary>
    public static readonly HashSet<string> Listening = Set("told tells tell telling informed informs assured assures reminded reminds");

    /// <summary>"…, adding that …": a participle after a comma reports what the main clause's subject said.</summary>
    public static readonly HashSet<string> Participles = Set("""
        adding saying noting calling arguing citing referring suggesting explaining insisting pointing warning claiming
        describing telling acknowledging accusing urging asking declaring recalling stressing writing tweeting promising vowing
        """);

    /// <summary>Auxiliaries and adverbs between a source and its cue: "has also repeatedly said".</summary>
    public static readonly HashSet<string> Auxiliaries = With(Lexicon.Auxiliaries.All, """
        also not later then previously
        repeatedly just never already publicly still even often recently reportedly once first again long clearly quickly explicitly
        openly loudly privately specifically directly frequently simply widely initially formally immediately increasingly strongly
        subsequently since ultimately falsely correctly similarly flatly bluntly angrily sharply
        don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't isn't aren't wasn't weren't hasn't haven't hadn't
        """);

    /// <summary>Forms of "be": "was asked", "is called" make the cue passive, and its subject is not the source.</summary>
    public static readonly HashSet<string> Be = With(Lexicon.Auxiliaries.Be, "");

    /// <summary>Auxiliaries that open a second predicate of the content's subject: "… and has said".</summary>
    public static readonly HashSet<string> FiniteAuxiliaries = With([.. Lexicon.Auxiliaries.Have, .. Lexicon.Auxiliaries.FiniteBe, .. Lexicon.Auxiliaries.Modals], "did does");

    /// <summary>Subject pronouns that are sources by themselves.</summary>
    public static readonly HashSet<string> Pronouns = Set("he she they it we i you who");

    /// <summary>Object pronouns: the listener of "told him that".</summary>
    public static readonly HashSet<string> ObjectPronouns = Set("him her them me us you it");

    /// <summary>Nouns that name a listener: "told reporters".</summary>
    public static readonly HashSet<string> Listeners = Set("""
        reporters supporters voters crowd audience journalists listeners viewers donors members lawmakers reporter interviewer
        host colleagues senators delegates people residents students attendees guests congress agency news newspaper
        television radio broadcaster channel magazine network daily weekly website
        """);

    /// <summary>What carries words: "a statement saying …", "a sign calling for …".</summary>
    public static readonly HashSet<string> Messages = Set("""
        statement statements email emails letter letters tweet tweets message messages memo release note post posts ad ads sign
        signs video videos editorial column op-ed banner banners poster posters headline petition percent
        """);

    /// <summary>Words that begin a clause: a source phrase never runs across them.</summary>
    public static readonly HashSet<string> ClauseWords = Set("""
        whom whose that but and because when while as if after before since although though so which where why how what
        whether than or nor until unless whereas once
        """);

    /// <summary>Words of time that may stand between cue and content: "said Friday that".</summary>
    public static readonly HashSet<string> TimeWords = With(Lexicon.CalendarWords.Weekdays.Select(d => d.ToLowerInvariant()), """
        today yesterday tonight earlier later last this next
        recently morning afternoon evening night week weekend month year
        """);

    /// <summary>Spans of time that open a sentence before its subject: "Minutes later, …", "Shortly after, …".</summary>
    public static readonly HashSet<string> TimeSpans = Set("minutes hours days weeks months years moments shortly soon");

    /// <summary>Prepositions of the adverbials after a cue ("said in a statement that") and after an inverted source.</summary>
    public static readonly HashSet<string> Prepositions = Set("in at on during after before to from with via through over about while when by outside inside near amid following");

    /// <summary>
    /// Refusals whose to-clause is what they attribute ("declined to comment"). Other intention verbs keep "to" as an
    /// adverbial: on the train split the to-clauses of "wants", "tried" or "plans" were mostly not annotated, while
    /// those of "declined" and "refused" were.
    /// </summary>
    public static readonly HashSet<string> Refusals = Set("decline declines declined declining refuse refuses refused refusing");

    /// <summary>Verbs before "to" and a cue: "wanted to know", "tried to explain".</summary>
    /// <summary>Cues that, followed by a determiner, take a thing they act on, not words ("to counter the offensive").</summary>
    public static readonly HashSet<string> ActingWithAnObject = Set("counter counters countered countering");

    /// <summary>"led Lee to say", "leaving the party to wonder": the object, not the subject, does what follows "to".</summary>
    public static readonly HashSet<string> ObjectControlVerbs = Set("led lead leads leading drove drive drives driving left leave leaves leaving prompting prompts caused causes causing forced forces forcing");

    public static readonly HashSet<string> ToVerbs = Set("want wants wanted tried tries decided seemed appeared began continued refused went needs needed hope hoped hopes plans planned trying going wanting seems appears");

    /// <summary>After these a cue word is a noun: "the statement", "his remarks".</summary>
    public static readonly HashSet<string> Determiners = Set("the a an his her their its this these those our my your whose every each such");

    /// <summary>Conjunctions after a comma that start a new clause and end the content: ", but …".</summary>
    public static readonly HashSet<string> ClauseCuts = Set("but while although though whereas");

    /// <summary>Words after which an object cue's noun phrase is over: "praised the plan during the rally".</summary>
    public static readonly HashSet<string> ObjectCuts = Set("during amid while when because even so since until");

    /// <summary>What a sentence can be "in" as its source: "in the latest poll".</summary>
    public static readonly HashSet<string> Polls = Set("poll polls survey surveys");

    /// <summary>Words a title leaves in lower case: “Meet the Press”, “Face the Nation”.</summary>
    public static readonly HashSet<string> TitleSmallWords = Set("a an the of and in on for to with at by or from");

    /// <summary>Conjunctions that open a subordinate clause before the main one: "Though he denied it, …".</summary>
    public static readonly HashSet<string> Subordinators = Set("though although while as when since if because after before unless whereas once");

    /// <summary>Words that may open an appositive after an inverted source: "said Smith, the chairman", "said Jones, 58".</summary>
    public static readonly HashSet<string> AppositiveStarts = Set("a an the who his her their its one former now");

    /// <summary>Words that may open a sentence before its subject: "But he said".</summary>
    public static readonly HashSet<string> SentenceOpeners = Set("but and so yet still also");

    /// <summary>Capitalised words that open a sentence without being a name.</summary>
    public static readonly HashSet<string> NotNames = Set("the a an in on at after when as while if that this these those there it's");

    private static HashSet<string> With(IEnumerable<string> listed, string words) => [.. listed, .. Set(words)];

    private static HashSet<string> Set(string words) =>
        new(words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
