using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// Merges entity mentions across articles into entities: same name; spellings that are variants
/// (<see cref="SpellingVariants.AreNameVariants"/>, word by word); a surname alone joining the one person whose
/// name ends with it; a name used as an adjective joining the one longer name it starts. Nationality adjectives
/// ("Veldorian", "Kazakh") that only ever stand before a noun are dropped: they name no entity of their own.
/// </summary>
internal static class EntityMerger
{
    public static List<Entity> Merge(IReadOnlyList<EntityMention> mentions)
    {
        var groups = mentions.GroupBy(m => m.Name.ToLowerInvariant(), StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var parent = Enumerable.Range(0, groups.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var words = groups.Select(g => g[0].Name.ToLowerInvariant().Split(' ')).ToList();

        var keys = words.Select(w => w.Select(SpellingVariants.NameKey).ToArray()).ToList();

        // Only names with as many words and the same first key letter can be spellings of each other.
        foreach (var bucket in Enumerable.Range(0, groups.Count).GroupBy(g => (words[g].Length, keys[g][0].Length > 0 ? keys[g][0][0] : ' ')))
        {
            var members = bucket.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (Enumerable.Range(0, words[a].Length).All(k => SpellingVariants.AreNameKeysVariants(words[a][k], words[b][k], keys[a][k], keys[b][k])))
                    {
                        parent[Find(b)] = Find(a);
                    }
                }
            }
        }

        var lowerNames = groups.Select(g => g[0].Name.ToLowerInvariant()).ToList();

        // Each name is compared with every other as a possible demonym: its transliteration key is worked out once.
        var transliterations = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string name) =>
            transliterations.TryGetValue(name, out var key) ? key : transliterations[name] = SpellingVariants.TransliterationKey(name);

        // Only one-word names can be the other form of a demonym; each name's answer is worked out once.
        var oneWordNames = lowerNames.Where(n => !n.Contains(' ', StringComparison.Ordinal)).ToList();
        var demonyms = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Demonym(string lower) =>
            demonyms.TryGetValue(lower, out var known) ? known : demonyms[lower] = IsDemonym(lower, oneWordNames, Key);
        var persons = groups.Select(IsPerson).ToArray();

        // A single word joins the one longer entity it is the surname (persons) or the first word (others) of;
        // a nationality adjective joins nothing ("Veldorian" is not the "Veldorian Water Ministry").
        for (var a = 0; a < groups.Count; a++)
        {
            if (words[a].Length != 1 || Demonym(lowerNames[a]))
            {
                continue;
            }

            var adjectival = groups[a].All(m => m.Adjectival);
            var hosts = Enumerable.Range(0, groups.Count)
                .Where(b => words[b].Length > 1 && (persons[b]
                    ? SpellingVariants.AreNameKeysVariants(words[b][^1], words[a][0], keys[b][^1], keys[a][0])
                    : adjectival && SpellingVariants.AreNameKeysVariants(words[b][0], words[a][0], keys[b][0], keys[a][0])))
                .Select(Find).Distinct().ToList();
            if (hosts.Count == 1)
            {
                parent[Find(a)] = hosts[0];
            }
        }

        // An acronym ("CPP", "U.N.") joins the one longer name whose capitalised words' initials it spells.
        var initials = new string?[groups.Count];
        for (var a = 0; a < groups.Count; a++)
        {
            if (Acronym(groups[a][0].Name) is not { } letters)
            {
                continue;
            }

            var hosts = Enumerable.Range(0, groups.Count).Where(b => words[b].Length > 1 && (initials[b] ??= Initials(groups[b][0].Name)) == letters).Select(Find).Distinct().ToList();
            if (hosts.Count == 1)
            {
                parent[Find(a)] = hosts[0];
            }
        }

        var merged = Enumerable.Range(0, groups.Count).GroupBy(Find).Select(g => g.SelectMany(i => groups[i]).ToList()).ToList();
        var entities = new List<Entity>();
        foreach (var group in merged)
        {
            if (group.Count(m => m.Adjectival) * 2 >= group.Count && group.All(m => !m.Name.Contains(' ', StringComparison.Ordinal))
                && Demonym(group[0].Name.ToLowerInvariant()))
            {
                continue;
            }

            // A word seen only at sentence starts, with no title or cue around it, is an ordinary word ("Forecasters").
            if (group.All(m => m.Initial) && group.Max(m => Math.Max(m.Person, Math.Max(m.Place, m.Organisation))) < EntityExtractor.Strong)
            {
                continue;
            }

            entities.Add(ToEntity(group));
        }

        return entities.OrderByDescending(e => e.Total).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The letters of an acronym of two or more capitals ("CPP", "U.N." → "UN"); null for other names.</summary>
    private static string? Acronym(string name)
    {
        var letters = name.Replace(".", "", StringComparison.Ordinal);
        return letters.Length >= 2 && letters.All(char.IsUpper) && !name.Contains(' ', StringComparison.Ordinal) ? letters : null;
    }

    /// <summary>The first letters of a name's capitalised words: "Cambodian People's Party" → "CPP" (connectors skipped).</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static bool IsPerson(List<EntityMention> group) =>
        group.Sum(m => m.Person) > Math.Max(group.Sum(m => m.Place), group.Sum(m => m.Organisation));

    /// <summary>A nationality adjective: a demonym ending, or a shortened or lengthened form of another one-word name (Kazakh/Kazakhstan).</summary>
    private static bool IsDemonym(string lower, List<string> oneWordNames, Func<string, string> transliterationKey) =>
        EntityLexicon.DemonymEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))
        || oneWordNames.Any(other => other != lower && SpellingVariants.AreVariants(lower, other, transliterationKey)
            && !SpellingVariants.AreNameVariants(lower, other));

    private static Entity ToEntity(List<EntityMention> group)
    {
        var person = group.Sum(m => m.Person);
        var place = group.Sum(m => m.Place);
        var organisation = group.Sum(m => m.Organisation);
        var type = person >= place && person >= organisation && person > 0 ? EntityType.Person
            : organisation > place ? EntityType.Organisation
            : EntityType.Place;
        var variants = group.GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Split(' ').Length > 1 ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var mentions = group.GroupBy(m => m.ArticleId, StringComparer.Ordinal)
            .Select(g => new EntityMentions(g.Key, g.Count(), g.Select(m => m.Span).OrderBy(s => s.Start).ToList()))
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal)
            .ToList();
        return new Entity(variants[0], type, variants, mentions);
    }
}
