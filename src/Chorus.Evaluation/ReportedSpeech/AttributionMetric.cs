using Chorus.Core.Documents;

namespace Chorus.Evaluation.ReportedSpeech;

/// <summary>An attribution a system found: content span, source mention span, cue span, direct flag, resolved speaker.</summary>
public sealed record PredictedAttribution(TextSpan Content, TextSpan? Source, TextSpan? Cue, bool Direct, string? Speaker);

/// <summary>Counts behind one row of scores; they add up over articles and publishers (micro-averaging).</summary>
public sealed record AttributionCounts(int Matched, int Predicted, int Gold, int MatchedWithGoldSource, int SourceRight)
{
    public static readonly AttributionCounts Zero = new(0, 0, 0, 0, 0);

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SourceAccuracy => MatchedWithGoldSource == 0 ? 0 : (double)SourceRight / MatchedWithGoldSource;

    public AttributionCounts Add(AttributionCounts other) => new(
        Matched + other.Matched, Predicted + other.Predicted, Gold + other.Gold,
        MatchedWithGoldSource + other.MatchedWithGoldSource, SourceRight + other.SourceRight);
}

/// <summary>The scores of one article or set: direct quotes only, and all attributions.</summary>
public sealed record AttributionScores(AttributionCounts Direct, AttributionCounts All)
{
    public static readonly AttributionScores Zero = new(AttributionCounts.Zero, AttributionCounts.Zero);

    public AttributionScores Add(AttributionScores other) => new(Direct.Add(other.Direct), All.Add(other.All));
}

/// <summary>
/// The attribution metric of issue 18, written so that an independent implementation gives the same numbers:
/// <list type="bullet">
/// <item>Word tokens are the maximal runs of letters, numbers and underscore of the article text (Unicode categories
/// L* and N*, and '_': Python's <c>re</c> <c>\w+</c> on str). A span's tokens are those lying wholly inside it.</item>
/// <item>A predicted and a gold content match when the Jaccard overlap of their token sets (token positions) is at
/// least 0.5; a span without tokens matches nothing. Gold relations without a content span are not counted.</item>
/// <item>Matching is one-to-one and greedy: all pairs at or above 0.5, highest Jaccard first; equal Jaccard goes to
/// the earlier gold relation (its order in the file), then to the earlier prediction (its order in the system's
/// list). Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.</item>
/// <item>The source of a matched pair is right when the predicted source's tokens have Jaccard ≥ 0.5 with the gold
/// source's; source accuracy = right / matched pairs whose gold relation has a source.</item>
/// <item>Reported twice: for direct quotes (gold with <c>direct</c> true against predictions marked direct) and for
/// all relations. Counts are summed over articles before dividing (micro-average).</item>
/// </list>
/// </summary>
public static class AttributionMetric
{
    public static AttributionScores Score(string text, IReadOnlyList<GoldAttribution> gold, IReadOnlyList<PredictedAttribution> predicted)
    {
        var tokens = WordTokens(text);
        var scored = gold.Where(g => g.Content is not null).ToList();
        return new AttributionScores(
            Count(tokens, scored.Where(g => g.Direct).ToList(), predicted.Where(p => p.Direct).ToList()),
            Count(tokens, scored, predicted.ToList()));
    }

    /// <summary>Spans of the word tokens of a text: maximal runs of letters, numbers and '_'.</summary>
    public static List<TextSpan> WordTokens(string text)
    {
        var tokens = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && IsWordChar(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(TextSpan.FromBounds(start, i));
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>The one-to-one matching: pairs of (gold index, predicted index) in the order they were taken.</summary>
    public static List<(int Gold, int Predicted)> Match(IReadOnlyList<TokenRange> gold, IReadOnlyList<TokenRange> predicted)
    {
        var candidates = new List<(int Gold, int Predicted, int Overlap, int Union)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var (overlap, union) = gold[g].Jaccard(predicted[p]);
                if (union > 0 && 2 * overlap >= union)
                {
                    candidates.Add((g, p, overlap, union));
                }
            }
        }

        // Exact comparison of fractions: a/b > c/d ⇔ a·d > c·b; ties by gold order, then prediction order.
        candidates.Sort((x, y) =>
        {
            var byJaccard = ((long)y.Overlap * x.Union).CompareTo((long)x.Overlap * y.Union);
            return byJaccard != 0 ? byJaccard : x.Gold != y.Gold ? x.Gold.CompareTo(y.Gold) : x.Predicted.CompareTo(y.Predicted);
        });
        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var pairs = new List<(int, int)>();
        foreach (var c in candidates)
        {
            if (!goldTaken[c.Gold] && !predictedTaken[c.Predicted])
            {
                goldTaken[c.Gold] = predictedTaken[c.Predicted] = true;
                pairs.Add((c.Gold, c.Predicted));
            }
        }

        return pairs;
    }

    private static AttributionCounts Count(List<TextSpan> tokens, List<GoldAttribution> gold, List<PredictedAttribution> predicted)
    {
        var goldContents = gold.Select(g => TokenRange.Of(tokens, g.Content!.Value)).ToList();
        var predictedContents = predicted.Select(p => TokenRange.Of(tokens, p.Content)).ToList();
        var pairs = Match(goldContents, predictedContents);
        var withSource = 0;
        var right = 0;
        foreach (var (g, p) in pairs)
        {
            if (gold[g].Source is not { } goldSource)
            {
                continue;
            }

            withSource++;
            if (predicted[p].Source is { } source)
            {
                var (overlap, union) = TokenRange.Of(tokens, goldSource).Jaccard(TokenRange.Of(tokens, source));
                right += union > 0 && 2 * overlap >= union ? 1 : 0;
            }
        }

        return new AttributionCounts(pairs.Count, predicted.Count, gold.Count, withSource, right);
    }

    private static bool IsWordChar(char c) => c == '_' || char.IsLetter(c) || char.IsNumber(c);
}

/// <summary>
/// The tokens wholly inside a span: a contiguous run of token indices [First, End), since tokens are ordered and do
/// not overlap. Jaccard of two such sets is overlap / union of the two index ranges.
/// </summary>
public readonly record struct TokenRange(int First, int End)
{
    public int Count => End - First;

    public static TokenRange Of(List<TextSpan> tokens, TextSpan span)
    {
        var first = LowerBound(tokens, span.Start, t => t.Start);
        var end = LowerBound(tokens, span.End + 1, t => t.End);
        return new TokenRange(first, Math.Max(first, end));
    }

    public (int Overlap, int Union) Jaccard(TokenRange other)
    {
        var overlap = Math.Max(0, Math.Min(End, other.End) - Math.Max(First, other.First));
        return (overlap, Count + other.Count - overlap);
    }

    /// <summary>The first index whose key is at least the value (keys ascend with the index).</summary>
    private static int LowerBound(List<TextSpan> tokens, int value, Func<TextSpan, int> key)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (key(tokens[mid]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
