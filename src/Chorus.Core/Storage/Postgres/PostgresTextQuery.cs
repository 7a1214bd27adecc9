using System.Text;

namespace Chorus.Core.Storage;

/// <summary>
/// An FTS5 query as <see cref="SearchQuery"/> builds it (quoted phrases, a trailing <c>*</c> for a prefix, AND, OR,
/// NOT, parentheses, and side-by-side terms meaning AND) rewritten as the text of a PostgreSQL <c>to_tsquery</c>:
/// a phrase's words joined by <c>&lt;-&gt;</c>, each quoted so that it is only a word, the last with <c>:*</c> for
/// a prefix. Only letters and digits of a word are kept, so nothing a reader typed is read as tsquery syntax.
/// </summary>
internal static class PostgresTextQuery
{
    public static string From(string fts)
    {
        ArgumentNullException.ThrowIfNull(fts);
        var output = new StringBuilder();
        var expectOperand = true;
        var i = 0;
        while (i < fts.Length)
        {
            var ch = fts[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
            }
            else if (ch == '(')
            {
                Operand(output, ref expectOperand, "(");
                expectOperand = true;
                i++;
            }
            else if (ch == ')')
            {
                output.Append(')');
                expectOperand = false;
                i++;
            }
            else if (ch == '"')
            {
                var phrase = new StringBuilder();
                i++;
                while (i < fts.Length && !(fts[i] == '"' && (i + 1 >= fts.Length || fts[i + 1] != '"')))
                {
                    phrase.Append(fts[i]);
                    i += fts[i] == '"' ? 2 : 1;
                }

                i++;
                var prefix = i < fts.Length && fts[i] == '*';
                i += prefix ? 1 : 0;
                Operand(output, ref expectOperand, Phrase(phrase.ToString(), prefix));
            }
            else
            {
                var start = i;
                while (i < fts.Length && !char.IsWhiteSpace(fts[i]) && fts[i] is not ('(' or ')' or '"'))
                {
                    i++;
                }

                var word = fts[start..i];
                switch (word)
                {
                    case "AND":
                        output.Append(" & ");
                        expectOperand = true;
                        break;
                    case "OR":
                        output.Append(" | ");
                        expectOperand = true;
                        break;
                    case "NOT":
                        output.Append(" & !");
                        expectOperand = true;
                        break;
                    default:
                        Operand(output, ref expectOperand, Phrase(word.TrimEnd('*'), word.EndsWith('*')));
                        break;
                }
            }
        }

        return output.ToString();
    }

    /// <summary>Appends an operand, with the AND that two side-by-side operands mean.</summary>
    private static void Operand(StringBuilder output, ref bool expectOperand, string operand)
    {
        if (!expectOperand)
        {
            output.Append(" & ");
        }

        output.Append(operand);
        expectOperand = false;
    }

    private static string Phrase(string text, bool prefix)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in text + " ")
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(ch);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (words.Count == 0)
        {
            return "''"; // nothing to look for: an empty lexeme, which matches nothing
        }

        var quoted = words.Select(w => "'" + w + "'").ToList();
        if (prefix)
        {
            quoted[^1] += ":*";
        }

        return quoted.Count == 1 ? quoted[0] : "(" + string.Join(" <-> ", quoted) + ")";
    }
}
