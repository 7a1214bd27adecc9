using System.Text;

namespace Chorus.Evaluation;

/// <summary>
/// rouge_score's default tokenizer: lower-case, every run of characters other than a–z and 0–9 is a separator,
/// and tokens longer than three characters are Porter-stemmed.
/// </summary>
public static class RougeTokenizer
{
    public static List<string> Tokenize(string text, bool stem = true)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var lower = LowerAscii(c);
            if (lower != '\0')
            {
                current.Append(lower);
                // Python lower-cases İ to "i" plus a combining dot, which then separates what follows.
                if (c == '\u0130')
                {
                    Flush(tokens, current, stem);
                }

                continue;
            }

            Flush(tokens, current, stem);
        }

        Flush(tokens, current, stem);
        return tokens;
    }

    /// <summary>The a–z or 0–9 character a character lower-cases to, or '\0' when it is a separator.</summary>
    private static char LowerAscii(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c,
        >= 'A' and <= 'Z' => (char)(c + 32),
        '\u0130' => 'i', // capital I with dot above
        '\u212A' => 'k', // Kelvin sign
        _ => '\0',
    };

    private static void Flush(List<string> tokens, StringBuilder current, bool stem)
    {
        if (current.Length == 0)
        {
            return;
        }

        var token = current.ToString();
        current.Clear();
        tokens.Add(stem && token.Length > 3 ? PorterStemmer.Stem(token) : token);
    }
}
