using Chorus.Core.Text;

namespace Chorus.Core.Clustering;

/// <summary>The terms (with counts) and named entities of one article: a pure function of its text.</summary>
public sealed record DocumentFeatures(Dictionary<string, int> TermCounts, HashSet<string> Entities)
{
    public static DocumentFeatures Of(ClusterDocument document, ClusteringOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            Count(document.Title, options.TitleWeight, int.MaxValue, counts, entities);
        }

        Count(document.Text, 1, options.MaxBodyWords, counts, entities);
        return new DocumentFeatures(counts, entities);
    }

    /// <summary>The distinct terms of a short text (a title), as the clusterer counts them.</summary>
    public static IReadOnlyCollection<string> TermsOf(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(text, 1, int.MaxValue, counts, new HashSet<string>(StringComparer.Ordinal));
        return counts.Keys;
    }

    private static void Count(string text, int weight, int maxWords, Dictionary<string, int> counts, HashSet<string> entities)
    {
        var words = 0;
        var sentenceStart = true;
        var lastEnd = 0;
        foreach (var token in Tokenizer.Words(text))
        {
            if (++words > maxWords)
            {
                break;
            }

            if (lastEnd > 0 && EndsSentence(text, lastEnd, token.Span.Start))
            {
                sentenceStart = true;
            }

            lastEnd = token.Span.End;
            var lower = Tokenizer.Lowered(token.Text);
            if (lower.Length < 2 && !char.IsDigit(lower[0]))
            {
                sentenceStart = false;
                continue;
            }

            if (!StopWords.Contains(lower))
            {
                var term = Tokenizer.TermOf(lower);
                counts[term] = counts.GetValueOrDefault(term) + weight;
                if (!sentenceStart && IsCapitalised(token.Text))
                {
                    entities.Add(term);
                }
            }

            sentenceStart = false;
        }
    }

    /// <summary>A capitalised word not at a sentence start is taken as part of a name (a cheap entity heuristic).</summary>
    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Length > 1;

    private static bool EndsSentence(string text, int from, int to)
    {
        // A single line break is a hard wrap inside a sentence; a blank line ends a paragraph.
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or ':' || (text[i] == '\n' && ++newlines == 2))
            {
                return true;
            }
        }

        return false;
    }
}
