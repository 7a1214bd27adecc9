using System.Diagnostics.CodeAnalysis;
using System.Text;
using Chorus.Core.Text;

namespace Chorus.Core.Storage;

/// <summary>
/// A reader's search as the store's full-text index takes it. The syntax: words (all required), <c>"a phrase"</c>,
/// <c>prefix*</c>, <c>OR</c> between two terms, and <c>-word</c> or <c>-"a phrase"</c> to exclude. Every word is
/// quoted in <see cref="FtsMatch"/>, so punctuation and FTS5 keywords typed by a reader are only text; a query that
/// cannot be read (an unclosed quote, nothing but exclusions) is refused with a message saying why.
/// </summary>
public sealed record SearchQuery(string Text, string FtsMatch)
{
    /// <summary>More terms than this is not a search but a pasted text; FTS5 also slows with every term.</summary>
    public const int MaxTerms = 32;

    /// <summary>Longest query read, in characters.</summary>
    public const int MaxLength = 500;

    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchQuery? query, [NotNullWhen(false)] out string? error)
    {
        query = null;
        text = (text ?? "").Trim();
        error = text.Length switch
        {
            0 => "type a word to search for",
            > MaxLength => $"the query is {text.Length} characters long; at most {MaxLength} are read",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        var terms = new List<Term>();
        error = Read(text, terms) ?? Check(terms);

        if (error is not null)
        {
            return false;
        }

        query = new SearchQuery(text, Build(terms));
        return true;
    }

    private enum TermKind
    {
        Words,
        Or,
    }

    /// <summary>One term: quoted words (a phrase when several), maybe a prefix, maybe excluded; or the OR keyword.</summary>
    private sealed record Term(TermKind Kind, IReadOnlyList<string> Words, bool Prefix, bool Excluded, int Position);

    private static string? Read(string text, List<Term> terms)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            string body;
            var quoted = text[i] == '"';
            if (quoted)
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return $"the quote opened at character {i + 1} is never closed";
                }

                body = text[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                body = text[i..end];
                i = end;
            }

            var prefix = (i < text.Length && text[i] == '*') || (!quoted && body.EndsWith('*'));
            if (i < text.Length && text[i] == '*')
            {
                i++;
            }

            if (!excluded && !quoted && body == "OR")
            {
                terms.Add(new Term(TermKind.Or, [], false, false, start));
                continue;
            }

            var words = Tokenizer.Words(body.TrimEnd('*')).Select(t => t.Text).ToList();
            if (words.Count == 0)
            {
                if (prefix)
                {
                    return $"\"{body}\" at character {start + 1}: a * needs the start of a word before it";
                }

                continue; // punctuation alone is nothing to look for
            }

            terms.Add(new Term(TermKind.Words, words, prefix, excluded, start));
        }

        return null;
    }

    private static string? Check(List<Term> terms)
    {
        if (terms.Count(t => t.Kind == TermKind.Words) > MaxTerms)
        {
            return $"more than {MaxTerms} terms; search for fewer words";
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Kind != TermKind.Or)
            {
                continue;
            }

            var before = i > 0 ? terms[i - 1] : null;
            var after = i + 1 < terms.Count ? terms[i + 1] : null;
            if (before is not { Kind: TermKind.Words, Excluded: false } || after is not { Kind: TermKind.Words, Excluded: false })
            {
                return $"OR at character {terms[i].Position + 1} needs a word or phrase to look for on both sides";
            }
        }

        return terms.Any(t => t.Kind == TermKind.Words && !t.Excluded)
            ? null
            : "name at least one word to look for (a query of only -excluded words finds nothing)";
    }

    private static string Build(List<Term> terms)
    {
        // Terms joined by OR form one group; groups are all required; exclusions are subtracted from the whole.
        var groups = new List<List<Term>>();
        var joinNext = false;
        foreach (var term in terms)
        {
            if (term.Kind == TermKind.Or)
            {
                joinNext = true;
            }
            else if (!term.Excluded)
            {
                if (joinNext)
                {
                    groups[^1].Add(term);
                }
                else
                {
                    groups.Add([term]);
                }

                joinNext = false;
            }
        }

        var match = new StringBuilder();
        // A term typed twice asks nothing more, and each repeat costs FTS5 time.
        var required = groups.Select(g => g.Count == 1 ? Fts(g[0]) : "(" + string.Join(" OR ", g.Select(Fts).Distinct(StringComparer.OrdinalIgnoreCase)) + ")");
        match.Append('(').AppendJoin(" AND ", required.Distinct(StringComparer.OrdinalIgnoreCase)).Append(')');
        foreach (var excluded in terms.Where(t => t.Excluded).Select(Fts).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            match.Append(" NOT ").Append(excluded);
        }

        return match.ToString();
    }

    private static string Fts(Term term) =>
        "\"" + string.Join(' ', term.Words.Select(w => w.Replace("\"", "\"\"", StringComparison.Ordinal))) + "\"" + (term.Prefix ? "*" : "");
}
