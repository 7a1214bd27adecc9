using Chorus.Core.Lexicon;
using Chorus.Core.Text;

namespace Chorus.Core.Facts;

/// <summary>Who an attribution names: a name or a descriptive phrase, a role, the verb, and whether it refers back.</summary>
public sealed record Attribution(string? Speaker, string? Role, string Verb, bool RefersBack);

/// <summary>
/// Reads the speaker from the words around a quote: "X said", "said X, the …", "X told Y", "according to X",
/// "X was quoted … as saying", "he said". The name is the last run of capitalised words before the verb (or
/// the first after an inverted verb); the words before it, or an appositive after it, are the role.
/// </summary>
public static class AttributionParser
{
    /// <summary>An attribution after a quote is at most this many words before its verb ("…,” Belmora provincial governor Amira Sadeq told).</summary>
    private const int MaxWordsBeforeVerb = 12;

    /// <summary>A role read from an appositive keeps at most this many words.</summary>
    private const int MaxRoleWords = 10;

    /// <summary>Text after a quote, up to the end of its sentence.</summary>
    public static Attribution? After(string fragment)
    {
        var tokens = Tokenizer.Words(fragment).ToList();
        for (var v = 0; v < Math.Min(tokens.Count, MaxWordsBeforeVerb); v++)
        {
            if (tokens[v].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && v + 1 < tokens.Count && tokens[v + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return Inverted(fragment, tokens, v + 2, "according to");
            }

            if (!SpeechLexicon.Verbs.Contains(tokens[v].Text))
            {
                continue;
            }

            return v == 0 ? Inverted(fragment, tokens, 1, tokens[0].Text.ToLowerInvariant()) : Subject(fragment, tokens, 0, v);
        }

        return null;
    }

    /// <summary>Text of the quote's sentence before the quote: "Varro said on Tuesday that the army had".</summary>
    public static Attribution? Before(string fragment)
    {
        var tokens = Tokenizer.Words(fragment).ToList();
        for (var v = tokens.Count - 1; v >= 1; v--)
        {
            if (SpeechLexicon.Verbs.Contains(tokens[v].Text) && Subject(fragment, tokens, 0, v) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static Attribution? Subject(string fragment, List<Token> tokens, int from, int verb)
    {
        // The subject starts after the last clause break before the verb.
        var start = from;
        for (var k = verb - 1; k > from; k--)
        {
            var gap = fragment[tokens[k - 1].Span.End..tokens[k].Span.Start];
            if (gap.Contains(';', StringComparison.Ordinal) || tokens[k - 1].Text.ToLowerInvariant() is "that" or "and" or "but" or "as")
            {
                start = k;
                break;
            }
        }

        var end = verb;
        while (end > start && tokens[end - 1].Text.ToLowerInvariant() is var word && (Auxiliaries.Tense.Contains(word) || word is "also" or "then" or "later"))
        {
            end--;
        }

        if (end <= start || end - start > MaxWordsBeforeVerb)
        {
            return null;
        }

        var verbText = tokens[verb].Text.ToLowerInvariant();
        if (end - start == 1 && SpeechLexicon.Pronouns.Contains(tokens[start].Text))
        {
            return new Attribution(null, null, verbText, true);
        }

        // "Her neighbour, Tomas Reyk, said": the part after the last comma is the name, the part before it the role.
        string? role = null;
        for (var k = end - 1; k > start; k--)
        {
            if (fragment[tokens[k - 1].Span.End..tokens[k].Span.Start].Contains(',', StringComparison.Ordinal))
            {
                var before = Join(fragment, tokens, start, k);
                role = tokens[start].Text.EndsWith("ing", StringComparison.Ordinal) ? null : before;
                start = k;
                break;
            }
        }

        var (name, titled) = NameAndRole(fragment, tokens, start, end);
        if (name is null)
        {
            var phrase = Join(fragment, tokens, start, end);
            var refersBack = end - start == 2 && tokens[start].Text.ToLowerInvariant() is "the" or "this" && SpeechLexicon.Titles.Contains(tokens[start + 1].Text);
            return new Attribution(refersBack ? null : phrase, refersBack ? tokens[start + 1].Text.ToLowerInvariant() : role, verbText, refersBack);
        }

        return new Attribution(name, titled ?? role, verbText, false);
    }

    private static Attribution? Inverted(string fragment, List<Token> tokens, int from, string verb)
    {
        var end = from;
        while (end < tokens.Count && end - from < MaxWordsBeforeVerb && !SpeechLexicon.PhraseStops.Contains(tokens[end].Text)
            && (end == from || !HasPunctuation(fragment, tokens[end - 1].Span.End, tokens[end].Span.Start)))
        {
            end++;
        }

        if (end == from)
        {
            return null;
        }

        if (end - from == 1 && SpeechLexicon.Pronouns.Contains(tokens[from].Text))
        {
            return new Attribution(null, null, verb, true);
        }

        var (name, role) = NameAndRole(fragment, tokens, from, end);
        if (name is not null && role is null && end < tokens.Count && fragment[tokens[end - 1].Span.End..tokens[end].Span.Start].Contains(',', StringComparison.Ordinal)
            && tokens[end].Text.ToLowerInvariant() is "a" or "an" or "the")
        {
            var roleEnd = end;
            while (roleEnd < tokens.Count && roleEnd - end < MaxRoleWords && tokens[roleEnd].Text.ToLowerInvariant() is not ("that" or "who" or "which" or "whose")
                && (roleEnd == end || !HasPunctuation(fragment, tokens[roleEnd - 1].Span.End, tokens[roleEnd].Span.Start)))
            {
                roleEnd++;
            }

            role = Join(fragment, tokens, end, roleEnd);
        }

        return new Attribution(name ?? Join(fragment, tokens, from, end), role, verb, false);
    }

    /// <summary>Splits "Belmora provincial governor Amira Sadeq" into the name and the role before it.</summary>
    private static (string? Name, string? Role) NameAndRole(string fragment, List<Token> tokens, int start, int end)
    {
        var runStart = end;
        while (runStart > start && char.IsUpper(tokens[runStart - 1].Text[0]) && !SpeechLexicon.Titles.Contains(tokens[runStart - 1].Text))
        {
            runStart--;
        }

        if (runStart == end)
        {
            return (null, null);
        }

        // "envoy to Veldoria Ana Rusk": a long run after a preposition starts with the preposition's object.
        if (end - runStart >= 3 && runStart > start && tokens[runStart - 1].Text.ToLowerInvariant() is "to" or "of" or "for" or "in")
        {
            runStart++;
        }

        if (runStart == start && end - start == 1 && tokens[start].Text.ToLowerInvariant() is "the" or "a" or "an")
        {
            return (null, null);
        }

        var name = Join(fragment, tokens, runStart, end);
        return (StripPossessive(name), runStart > start ? Join(fragment, tokens, start, runStart) : null);
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    private static string Join(string fragment, List<Token> tokens, int start, int end) =>
        SentenceReader.CollapseWhitespace(fragment.AsSpan(tokens[start].Span.Start, tokens[end - 1].Span.End - tokens[start].Span.Start));

    private static bool HasPunctuation(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny(Punctuation) >= 0;

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(",;:.()—–\"“”‘’");
}
