namespace Chorus.Core.ReportedSpeech;

/// <summary>
/// The verbs that introduce attributions, by kind, as base forms; every inflection (says, said, saying) is generated.
/// A verb listed under several kinds takes the last kind in <see cref="Kinds"/>' order (saying wins).
/// </summary>
internal static class CueVerbs
{
    private const string Say = """
        say tell add write ask note state explain tweet reply respond recall declare insist claim argue suggest warn announce
        acknowledge report predict concede admit confirm reiterate stress emphasize observe remark joke quip complain boast vow
        pledge promise assure urge caution counter wonder exclaim lament agree indicate reveal conclude maintain contend assert
        allege deny speculate estimate testify shout yell demand hint mention post recount reason repeat charge answer chant
        comment disclose proclaim point continue whisper scream cry plead muse concur retort snap quote protest opine affirm
        advise inform remind notify forecast theorize posit guess read
        """;

    private const string Think = "think believe feel know hope fear worry expect doubt suspect assume guess understand realize recognize imagine acknowledge";

    private const string Intent = "want plan seek intend aim try decide refuse decline threaten offer propose vow pledge promise hope expect need";

    private const string Object = """
        call describe accuse criticize praise endorse reject dismiss blame denounce blast defend question cite mock condemn slam
        attack echo express dub label brand characterize liken compare support oppose back favor applaud welcome hail tout champion
        thank credit fault lambaste rip ridicule embrace decry deride dispute disavow rebuke salute chide scold berate knock
        """;

    private const string Appear = "seem appear";

    private const string Evidence = "show find indicate reveal suggest";

    /// <summary>
    /// Inflected forms that are rarely cues in news: nouns more often than verbs ("states", "comments", "attacks"),
    /// or verbs whose object is seldom a reported statement ("plans", "tried", "felt"). Chosen on the train split
    /// of the attribution corpus: forms met at least 5 times whose predictions were right less than 30 % of the
    /// time (the threshold picked by 5-fold cross-validation over train articles; bench attribution-cv).
    /// </summary>
    private const string Excluded = """
        add advise aimed answers appear appeared appears attack attacking attacks back backed backing backs brand
        champion charge charges comment comments compare complain continue continuing credit credits decide decided
        defend denouncing disclose dismiss doubted embrace embraced expected expects fault favor favored favors feels
        felt find imagine intended knew knock know known maintain maintained maintains need needed needs offer
        offering offers opposed plan planned plans pledge pledged pledges point points post posts protest protests
        question realize reason reasons recognized remark remarks report respond seek seem state states support
        supporting suspect thanks thought threatened threatening tried try trying tweet tweets understand understood
        want welcome worries written
        """;

    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["say"] = ["said"],
        ["tell"] = ["told"],
        ["write"] = ["wrote", "written"],
        ["think"] = ["thought"],
        ["know"] = ["knew", "known"],
        ["feel"] = ["felt"],
        ["find"] = ["found"],
        ["show"] = ["shown", "showed"],
        ["seek"] = ["sought"],
        ["understand"] = ["understood"],
        ["read"] = ["read"],
        ["forecast"] = ["forecast"],
        ["tweet"] = ["tweeted"],
    };

    /// <summary>Verbs that double their last consonant: admitted, planned, slammed.</summary>
    private static readonly HashSet<string> Doubling = new(StringComparer.Ordinal) { "admit", "plan", "rip", "slam", "quip", "refer" };

    /// <summary>Every cue form and its kind, without the excluded forms.</summary>
    public static readonly IReadOnlyDictionary<string, CueKind> Kinds = Build(Words(Excluded).ToHashSet(StringComparer.Ordinal));

    /// <summary>Every cue form and its kind, the excluded forms included (for measuring which forms to exclude).</summary>
    public static readonly IReadOnlyDictionary<string, CueKind> AllKinds = Build([]);

    /// <summary>The regular and irregular forms of a base verb: base, third person, past, participle, -ing.</summary>
    public static IEnumerable<string> Forms(string verb)
    {
        yield return verb;
        yield return verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
            ? verb + "es"
            : ConsonantY(verb) ? verb[..^1] + "ies" : verb + "s";
        if (Irregular.TryGetValue(verb, out var past))
        {
            foreach (var form in past)
            {
                yield return form;
            }
        }
        else
        {
            yield return Doubling.Contains(verb) ? verb + verb[^1] + "ed" : verb.EndsWith('e') ? verb + "d" : ConsonantY(verb) ? verb[..^1] + "ied" : verb + "ed";
        }

        yield return Doubling.Contains(verb) ? verb + verb[^1] + "ing"
            : verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
            : verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing"
            : verb + "ing";
    }

    private static bool ConsonantY(string verb) => verb.Length > 1 && verb[^1] == 'y' && !"aeiou".Contains(verb[^2], StringComparison.Ordinal);

    private static Dictionary<string, CueKind> Build(HashSet<string> excluded)
    {
        var kinds = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var (list, kind) in new[]
        {
            (Evidence, CueKind.Evidence), (Appear, CueKind.Appear), (Object, CueKind.Object), (Intent, CueKind.Intent),
            (Think, CueKind.Think), (Say, CueKind.Say),
        })
        {
            foreach (var form in Words(list).SelectMany(Forms).Where(f => !excluded.Contains(f)))
            {
                kinds[form] = kind;
            }
        }

        return kinds;
    }

    private static string[] Words(string list) => list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
