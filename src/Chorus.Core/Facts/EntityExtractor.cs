using Chorus.Core.Documents;
using Chorus.Core.Lexicon;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>
/// One capitalised name in an article: the exact span, the name without titles or possessive, the evidence for
/// each type (person, place, organisation), and whether it stands as an adjective before a noun ("Veldorian forces").
/// </summary>
internal sealed record EntityMention(string ArticleId, TextSpan Span, string Name, int Person, int Place, int Organisation, bool Adjectival)
{
    /// <summary>The name is the first word of its sentence or clause, where any word is capitalised.</summary>
    public bool Initial { get; init; }
}

/// <summary>
/// Finds names from capitalisation and context: runs of capitalised words (with "of", "for"… between them), not
/// counting a sentence's first word when the story also writes it in lower case; titles ("President",
/// "governor") split off and mark a person; cue words ("province", "Ministry", "Street") mark places and
/// organisations. Evidence weights are in <see cref="Strong"/> and <see cref="Weak"/>.
/// </summary>
internal static class EntityExtractor
{
    /// <summary>Weight of evidence that settles a type: a title, an age, a cue word, a speech verb.</summary>
    public const int Strong = 3;

    /// <summary>Weight of evidence that only leans: "the" before a name, a preposition of place, several words.</summary>
    public const int Weak = 1;

    public static List<EntityMention> Extract(Article article, Sentence sentence, IReadOnlySet<string> lowerCaseWords) =>
        Extract(article, sentence, Tokenizer.Words(article.Text, sentence.Span.Start, sentence.Span.End).ToList(), lowerCaseWords);

    /// <param name="tokens">The sentence's words (spans in the article's text).</param>
    public static List<EntityMention> Extract(Article article, Sentence sentence, List<Token> tokens, IReadOnlySet<string> lowerCaseWords)
    {
        var text = article.Text;
        var found = new List<EntityMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(text, tokens, i, sentence.Span.Start, lowerCaseWords))
            {
                i++;
                continue;
            }

            if (Initialism(text, tokens, i) is { } initialism)
            {
                found.Add(initialism with { ArticleId = article.Id });
                i += initialism.Name.Count(c => c == '.');
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && (!IsPossessive(tokens[end - 1].Text) || InsideAName(tokens, end, lowerCaseWords)) && Adjacent(text, tokens[end - 1], tokens[end]))
            {
                if (IsCapitalised(tokens[end].Text) && !EntityLexicon.NotNames.Contains(tokens[end].Text))
                {
                    end++;
                }
                else if (EntityLexicon.Connectors.Contains(tokens[end].Text) && end + 1 < tokens.Count && IsCapitalised(tokens[end + 1].Text)
                    && Adjacent(text, tokens[end], tokens[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            AddRun(article, text, tokens, i, end, sentence.Span.Start, found);
            i = end;
        }

        return found;
    }

    private static void AddRun(Article article, string text, List<Token> tokens, int start, int end, int sentenceStart, List<EntityMention> found)
    {
        // Titles inside the run ("Veldorian President Ana Rusk") split it: the name follows the last title.
        var lastTitle = -1;
        for (var k = start; k < end; k++)
        {
            if (IsTitle(text, tokens[k]))
            {
                lastTitle = k;
            }
        }

        var person = 0;
        if (lastTitle >= 0)
        {
            if (lastTitle == start + 1 && !SpeechLexicon.Titles.Contains(tokens[start].Text))
            {
                Add(article, text, tokens, start, start + 1, found, 0, Weak, 0, adjectival: true);
            }

            if (lastTitle + 1 >= end)
            {
                return;
            }

            start = lastTitle + 1;
            person += Strong;
        }

        if (start > 0 && SpeechLexicon.Titles.Contains(tokens[start - 1].Text) && char.IsLower(tokens[start - 1].Text[0]))
        {
            person += Strong;
        }

        // "envoy to Veldoria Ana Rusk": a long run after a preposition starts with the preposition's object.
        if (end - start >= 3 && start > 0 && tokens[start - 1].Text is "to" or "of" or "for" or "in"
            && !tokens.Skip(start).Take(end - start).Any(t => EntityLexicon.OrganisationWords.Contains(t.Text) || EntityLexicon.PlaceHeads.Contains(t.Text)))
        {
            Add(article, text, tokens, start, start + 1, found, 0, Weak, 0, adjectival: false);
            start++;
        }

        var words = tokens.Skip(start).Take(end - start).Select(t => Bare(t.Text)).ToList();
        var next = end < tokens.Count && Adjacent(text, tokens[end - 1], tokens[end]) ? tokens[end].Text : "";
        var nextLower = next.Length > 0 && char.IsLower(next[0]) ? next : "";
        var previous = start > 0 ? tokens[start - 1].Text.ToLowerInvariant() : "";
        var afterRun = text.AsSpan(tokens[end - 1].Span.End, Math.Min(12, text.Length - tokens[end - 1].Span.End));
        int place = 0, organisation = 0;

        var endsClause = end >= tokens.Count || text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End).IndexOfAny(",.;") >= 0;
        // A speech verb marks a person only for a full name: countries and agencies "say" things too ("Iran said"),
        // and a surname alone joins its person through the merger.
        if ((words.Count > 1 && (SpeechLexicon.Verbs.Contains(next) || (previous is "said" or "says" && endsClause))) || IsAge(afterRun))
        {
            person += Strong;
        }

        // A cue inside the name ("Bazaar Street", "Red Crescent") outweighs any context around it.
        if (EntityLexicon.PlaceHeads.Contains(words[^1]))
        {
            place += 2 * Strong;
        }
        else if (EntityLexicon.PlaceAfter.Contains(nextLower) || EntityLexicon.PlacePart.Contains(nextLower))
        {
            place += Strong;
        }

        if (words.Any(EntityLexicon.OrganisationWords.Contains))
        {
            organisation += 2 * Strong;
        }
        else if (words.Count == 1 && words[0].Length >= 2 && words[0].All(char.IsUpper) && !IsDateline(text, tokens[start]))
        {
            organisation += 2 * Strong; // an acronym is never a person's name
        }
        else if (EntityLexicon.OrganisationAfter.Contains(nextLower))
        {
            organisation += Strong;
        }

        // "Veldoria's ministry", "Helmand's Nawa district": a possessive name is mostly a country or a city.
        if (IsPossessive(tokens[end - 1].Text))
        {
            place += 2 * Weak;
        }

        if (IsDateline(text, tokens[start]))
        {
            place += Strong;
        }

        if (previous == "the")
        {
            organisation += Weak;
        }
        else if (EntityLexicon.PlacePrepositions.Contains(previous) || (previous == "of" && start > 1 && EntityLexicon.PlaceAfter.Contains(tokens[start - 2].Text.ToLowerInvariant())))
        {
            place += Weak;
        }

        // A bare multi-word name leans to a person, but not where people's names do not stand: after an article or
        // "of", or before the noun it modifies ("a Phnom Penh court", "the streets of Phnom Penh").
        if (words.Count > 1 && place == 0 && organisation == 0 && previous is not ("a" or "an" or "of" or "the") && !IsPossessive(previous))
        {
            person += Weak;
        }

        var adjectival = words.Count == 1 && next.Length > 0 && char.IsLower(next[0]) && !CountedNouns.PhraseEnders.Contains(nextLower)
            && !SpeechLexicon.Verbs.Contains(next) && !EntityLexicon.PlaceAfter.Contains(nextLower) && !EntityLexicon.PlacePart.Contains(nextLower);
        var includePart = EntityLexicon.PlacePart.Contains(nextLower) ? 1 : 0;
        Add(article, text, tokens, start, end + includePart, found, person, place, organisation, adjectival);
        // A capitalised first word is only a name when more than its position says so; "Iran said" is.
        if (words.Count == 1 && StartsClause(text, tokens[start].Span.Start, sentenceStart) && !IsPossessive(tokens[end - 1].Text) && !SpeechLexicon.Verbs.Contains(next))
        {
            found[^1] = found[^1] with { Initial = true };
        }
    }

    private static void Add(Article article, string text, List<Token> tokens, int start, int end, List<EntityMention> found, int person, int place, int organisation, bool adjectival)
    {
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        var name = SentenceReader.CollapseWhitespace(text.AsSpan(span.Start, span.Length));
        if (IsPossessive(name))
        {
            name = name[..^2];
            span = new TextSpan(span.Start, span.Length - 2);
        }

        if (name.Length > 1 && name.All(c => char.IsUpper(c) || !char.IsLetter(c)) && name.Length > 5)
        {
            name = string.Concat(name[0], name[1..].ToLowerInvariant());
        }

        found.Add(new EntityMention(article.Id, span, name, person, place, organisation, adjectival));
    }

    private static bool StartsName(string text, List<Token> tokens, int i, int sentenceStart, IReadOnlySet<string> lowerCaseWords)
    {
        var word = tokens[i].Text;
        if (!IsCapitalised(word) || word.Any(char.IsDigit) || EntityLexicon.NotNames.Contains(Bare(word)) || HasLowerCasePart(word))
        {
            return false;
        }

        var lower = Bare(word).ToLowerInvariant();
        if (StopWords.Contains(lower))
        {
            return false;
        }

        return !StartsClause(text, tokens[i].Span.Start, sentenceStart) || !lowerCaseWords.Contains(lower) || word.All(char.IsUpper);
    }

    /// <summary>The first word of a sentence, or after a colon, dash or opening quote mark.</summary>
    private static bool StartsClause(string text, int position, int sentenceStart)
    {
        var k = position - 1;
        while (k >= sentenceStart && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '‘' or '\'' or '(' or '['))
        {
            k--;
        }

        return k < sentenceStart || text[k] is ':' or '—' or '–' or '-' or '|';
    }

    private static bool IsDateline(string text, Token token)
    {
        var k = token.Span.End;
        return token.Span.Start < 3 && token.Text.All(c => char.IsUpper(c) || !char.IsLetter(c)) && k < text.Length && text[k] is ':' or ',';
    }

    private static bool IsAge(ReadOnlySpan<char> after)
    {
        var s = after.TrimStart();
        if (s.Length < 3 || s[0] != ',')
        {
            return false;
        }

        s = s[1..].TrimStart();
        var digits = 0;
        while (digits < s.Length && char.IsDigit(s[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 or 3 && (digits == s.Length || s[digits] is ',' or '.' or ')');
    }

    /// <summary>"Dovrenna-allied", "US-led": a name glued to an ordinary word, not a name. Joints of names ("Qal-e-Nor") are fine.</summary>
    private static bool HasLowerCasePart(string word) =>
        word.Split('-', '‐').Any(p => p.Length > 0 && char.IsLower(p[0]) && p is not ("e" or "i" or "ul" or "al" or "ud" or "ur"));

    /// <summary>
    /// "People's Party": a possessive inside a name, where the possessive is an ordinary word (the story writes it in
    /// lower case too) before an organisation word; "Veldoria's Ministry" is two names.
    /// </summary>
    private static bool InsideAName(List<Token> tokens, int next, IReadOnlySet<string> lowerCaseWords) =>
        next < tokens.Count && EntityLexicon.OrganisationWords.Contains(tokens[next].Text)
        && lowerCaseWords.Contains(Bare(tokens[next - 1].Text).ToLowerInvariant());

    /// <summary>A title, where an abbreviated one ("Sen.", "Gen.") needs its period: "Hun Sen" is a name.</summary>
    private static bool IsTitle(string text, Token token)
    {
        var word = Bare(token.Text);
        if (!SpeechLexicon.Titles.Contains(word))
        {
            return false;
        }

        return !EntityLexicon.AbbreviatedTitles.Contains(word) || (token.Span.End < text.Length && text[token.Span.End] == '.');
    }

    /// <summary>
    /// "U.N.", "U.S.": single capitals each followed by a period, read as one name (an organisation, or a place for
    /// the initialisms of countries in <see cref="EntityLexicon.PlaceInitialisms"/>). Null when the token starts none.
    /// </summary>
    private static EntityMention? Initialism(string text, List<Token> tokens, int i)
    {
        var k = i;
        while (k < tokens.Count && tokens[k].Text.Length == 1 && char.IsUpper(tokens[k].Text[0])
            && tokens[k].Span.End < text.Length && text[tokens[k].Span.End] == '.'
            && (k == i || tokens[k].Span.Start == tokens[k - 1].Span.End + 1))
        {
            k++;
        }

        if (k - i < 2)
        {
            return null;
        }

        var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[k - 1].Span.End + 1);
        var name = text.Substring(span.Start, span.Length);
        return EntityLexicon.PlaceInitialisms.Contains(name)
            ? new EntityMention("", span, name, 0, 2 * Strong, 0, Adjectival: false)
            : new EntityMention("", span, name, 0, 0, 2 * Strong, Adjectival: false);
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    private static string Bare(string word) => IsPossessive(word) ? word[..^2] : word;

    private static bool Adjacent(string text, Token a, Token b)
    {
        for (var k = a.Span.End; k < b.Span.Start; k++)
        {
            if (!char.IsWhiteSpace(text[k]) || text[k] == '\n')
            {
                return false;
            }
        }

        return true;
    }
}
