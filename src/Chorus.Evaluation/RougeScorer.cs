namespace Chorus.Evaluation;

/// <summary>
/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as Google's rouge_score computes them with <c>use_stemmer=True</c>:
/// clipped n-gram overlap; token-level LCS; and for Lsum, summaries split on newlines with the union LCS of each
/// reference sentence against every prediction sentence, each token counted at most as often as it occurs.
/// </summary>
public static class RougeScorer
{
    public static RougeScores Score(string prediction, string reference)
    {
        var predictionTokens = RougeTokenizer.Tokenize(prediction);
        var referenceTokens = RougeTokenizer.Tokenize(reference);
        return new RougeScores(
            NGrams(predictionTokens, referenceTokens, 1),
            NGrams(predictionTokens, referenceTokens, 2),
            Lcs(predictionTokens, referenceTokens),
            SummaryLevelLcs(Lines(prediction), Lines(reference)));
    }

    /// <summary>The mean of the scores against each reference, as DUC-style multi-reference evaluation averages them.</summary>
    public static RougeScores ScoreAgainstAll(string prediction, IReadOnlyList<string> references) =>
        RougeScores.Mean(references.Select(r => Score(prediction, r)).ToList());

    public static RougeScore NGrams(IReadOnlyList<string> prediction, IReadOnlyList<string> reference, int n)
    {
        var predictionCounts = CountNGrams(prediction, n);
        var referenceCounts = CountNGrams(reference, n);
        var hits = referenceCounts.Sum(kv => Math.Min(kv.Value, predictionCounts.GetValueOrDefault(kv.Key)));
        return RougeScore.FromCounts(hits, Math.Max(0, prediction.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    public static RougeScore Lcs(IReadOnlyList<string> prediction, IReadOnlyList<string> reference)
    {
        if (prediction.Count == 0 || reference.Count == 0)
        {
            return RougeScore.Zero;
        }

        var length = LcsTable(reference, prediction)[reference.Count, prediction.Count];
        var precision = (double)length / prediction.Count;
        var recall = (double)length / reference.Count;
        return new RougeScore(precision, recall, RougeScore.Harmonic(precision, recall));
    }

    /// <summary>Summary-level LCS over sentences (one a line); blank lines are dropped.</summary>
    public static RougeScore SummaryLevelLcs(IReadOnlyList<List<string>> prediction, IReadOnlyList<List<string>> reference)
    {
        if (prediction.Count == 0 || reference.Count == 0)
        {
            return RougeScore.Zero;
        }

        var m = reference.Sum(s => s.Count);
        var n = prediction.Sum(s => s.Count);
        if (m == 0 || n == 0)
        {
            return RougeScore.Zero;
        }

        var referenceLeft = CountTokens(reference);
        var predictionLeft = CountTokens(prediction);
        var hits = 0;
        foreach (var sentence in reference)
        {
            foreach (var token in UnionLcs(sentence, prediction))
            {
                if (predictionLeft.GetValueOrDefault(token) > 0 && referenceLeft.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    predictionLeft[token]--;
                    referenceLeft[token]--;
                }
            }
        }

        var recall = (double)hits / m;
        var precision = (double)hits / n;
        return new RougeScore(precision, recall, RougeScore.Harmonic(precision, recall));
    }

    private static List<List<string>> Lines(string text) =>
        text.Split('\n').Where(line => line.Length > 0).Select(line => RougeTokenizer.Tokenize(line)).ToList();

    private static Dictionary<string, int> CountTokens(IEnumerable<List<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    /// <summary>Tokens of the reference sentence on an LCS with any prediction sentence, in reference order.</summary>
    private static IEnumerable<string> UnionLcs(List<string> reference, IReadOnlyList<List<string>> prediction)
    {
        var positions = new SortedSet<int>();
        foreach (var candidate in prediction)
        {
            positions.UnionWith(LcsPositions(reference, candidate));
        }

        return positions.Select(i => reference[i]);
    }

    /// <summary>Reference positions of one LCS, found by backtracking as rouge_score does (ties move up).</summary>
    private static List<int> LcsPositions(List<string> reference, List<string> candidate)
    {
        var table = LcsTable(reference, candidate);
        var positions = new List<int>();
        int i = reference.Count, j = candidate.Count;
        while (i > 0 && j > 0)
        {
            if (reference[i - 1] == candidate[j - 1])
            {
                positions.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i, j - 1] > table[i - 1, j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }

        return positions;
    }

    private static int[,] LcsTable(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var table = new int[reference.Count + 1, candidate.Count + 1];
        for (var i = 1; i <= reference.Count; i++)
        {
            for (var j = 1; j <= candidate.Count; j++)
            {
                table[i, j] = string.Equals(reference[i - 1], candidate[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table;
    }

    private static Dictionary<string, int> CountNGrams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
