namespace Chorus.Core.Facts;

/// <summary>
/// Verbs (and fixed verb phrases) that say what happened to the counted thing, folded into event classes so that
/// "fled", "were evacuated" and "were forced from their homes" are one claim about displaced people. Verbs that
/// report a different movement ("crossed", "left") stay out of the displacement class: earlier crossings are
/// routinely reported beside a flight and are not the same claim.
/// </summary>
internal static class EventVerbs
{
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fled"] = "flee",
        ["flee"] = "flee",
        ["flees"] = "flee",
        ["fleeing"] = "flee",
        ["escaped"] = "flee",
        ["evacuated"] = "flee",
        ["evacuate"] = "flee",
        ["displaced"] = "flee",
        ["uprooted"] = "flee",
        ["died"] = "die",
        ["dead"] = "die",
        ["killed"] = "die",
        ["perished"] = "die",
        ["drowned"] = "die",
        ["die"] = "die",
        ["killing"] = "die",
        ["wounded"] = "injure",
        ["injured"] = "injure",
        ["hurt"] = "injure",
        ["wounding"] = "injure",
        ["injuring"] = "injure",
        ["crossed"] = "cross",
        ["crossing"] = "cross",
        ["arrested"] = "arrest",
        ["detained"] = "arrest",
        ["surrendered"] = "surrender",
        ["missing"] = "missing",
        ["mobilised"] = "mobilise",
        ["mobilized"] = "mobilise",
        ["mobilisation"] = "mobilise",
        ["mobilization"] = "mobilise",
    };

    /// <summary>Multi-word phrases checked before single words.</summary>
    public static readonly IReadOnlyList<(string Phrase, string Event)> Phrases =
    [
        ("left their homes", "flee"), ("forced from their homes", "flee"), ("fled their homes", "flee"),
        ("forced to flee", "flee"), ("lost their homes", "flee"), ("driven from their homes", "flee"),
    ];
}
