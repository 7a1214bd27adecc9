using System.Globalization;
using System.Text;

namespace Chorus.Evaluation;

/// <summary>One page's shingle overlap, normalised so that tp + fp + fn = 1 (or all zero for two empty texts).</summary>
public readonly record struct PageOverlap(double TruePositive, double FalsePositive, double FalseNegative, bool TokensEqual);

/// <summary>Corpus scores of one extractor over a benchmark half.</summary>
public sealed record ExtractionScores(double Precision, double Recall, double F1, double Accuracy, int Pages);

/// <summary>
/// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark): multiset overlap of word
/// 4-gram shingles per page, normalised per page, precision and recall averaged over pages, F1 of the two means.
/// </summary>
public static class ExtractionMetric
{
    private const int ShingleSize = 4;

    /// <summary>
    /// Tokens as Python's Unicode <c>\w+</c> finds them: runs of letters, numbers (decimal, letter-like and other
    /// numerics) and underscores, by code point. .NET's <c>\w</c> differs (it takes combining marks, not No/Nl),
    /// so this is done by hand to keep the published numbers reproducible.
    /// </summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Shingle counts: every token 4-gram; a shorter non-empty text is one shingle of all its tokens.</summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }

        var size = Math.Min(ShingleSize, tokens.Count);
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(size));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    public static PageOverlap Compare(string truth, string prediction)
    {
        var trueTokens = Tokens(truth);
        var predTokens = Tokens(prediction);
        var trueShingles = Shingles(trueTokens);
        var predShingles = Shingles(predTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in trueShingles.Keys.Union(predShingles.Keys))
        {
            var t = trueShingles.GetValueOrDefault(key);
            var p = predShingles.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            (tp, fp, fn) = (tp / sum, fp / sum, fn / sum);
        }

        return new PageOverlap(tp, fp, fn, trueTokens.SequenceEqual(predTokens, StringComparer.Ordinal));
    }

    /// <summary>Scores predictions against the truth; a page the extractor gave nothing for counts as empty.</summary>
    public static ExtractionScores Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predictions)
    {
        var pages = truth.Keys.Order(StringComparer.Ordinal)
            .Select(id => Compare(truth[id], predictions.GetValueOrDefault(id) ?? ""))
            .ToList();
        return Aggregate(pages);
    }

    public static ExtractionScores Aggregate(IReadOnlyList<PageOverlap> pages)
    {
        var precisions = pages.Where(p => p.TruePositive + p.FalsePositive > 0).Select(p => PagePrecision(p)).ToList();
        var recalls = pages.Where(p => p.TruePositive + p.FalseNegative > 0).Select(p => PageRecall(p)).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = recalls.Count > 0 ? recalls.Average() : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count > 0 ? pages.Count(p => p.TokensEqual) / (double)pages.Count : 0;
        return new ExtractionScores(precision, recall, f1, accuracy, pages.Count);
    }

    public static double PagePrecision(PageOverlap p) =>
        p.FalsePositive == 0 && p.FalseNegative == 0 ? 1
        : p.TruePositive == 0 && p.FalsePositive == 0 ? 0
        : p.TruePositive / (p.TruePositive + p.FalsePositive);

    public static double PageRecall(PageOverlap p) =>
        p.FalsePositive == 0 && p.FalseNegative == 0 ? 1
        : p.TruePositive == 0 && p.FalseNegative == 0 ? 0
        : p.TruePositive / (p.TruePositive + p.FalseNegative);
}
