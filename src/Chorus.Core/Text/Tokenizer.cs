using Chorus.Core.Documents;

namespace Chorus.Core.Text;

/// <summary>A word of text with its exact span.</summary>
public readonly record struct Token(string Text, TextSpan Span);

/// <summary>
/// Word tokens: runs of letters and digits, keeping inner apostrophes, hyphens, and the separators of numbers
/// ("2,480", "2.5", "Al-Hasakah", "Council's" stays one token; its "'s" is dropped by <see cref="Terms"/>).
/// </summary>
public static class Tokenizer
{
    public static IEnumerable<Token> Words(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            i++;
            while (i < end)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (IsJoiner(text, i, end))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            yield return new Token(text[s..i], TextSpan.FromBounds(s, i));
        }
    }

    /// <summary>Lower-cased, stemmed content words of a text: what similarity between sentences is computed on.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var token in Words(text))
        {
            var word = Lowered(token.Text);
            if (word.Length < 2 && !char.IsDigit(word[0]))
            {
                continue;
            }

            if (!StopWords.Contains(word))
            {
                terms.Add(TermOf(word));
            }
        }

        return terms;
    }

    /// <summary>A word as terms are read from it: lower-cased, a possessive "'s" dropped.</summary>
    public static string Lowered(string word) => StripPossessive(word.ToLowerInvariant());

    /// <summary>The term of a lowered word: American spelling, Porter-stemmed.</summary>
    public static string TermOf(string lowered) => TermStemmer.Stem(SpellingVariants.Americanize(lowered));

    private static string StripPossessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word;
    }

    private static bool IsJoiner(string text, int i, int end)
    {
        if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]) || !char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var c = text[i];
        return c is '\'' or '’' or '-' or '‐'
            || (c is ',' or '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
    }
}
