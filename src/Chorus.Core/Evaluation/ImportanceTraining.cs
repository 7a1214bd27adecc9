using Chorus.Core.Summarization;
using Chorus.Core.Summarization.Baselines;

namespace Chorus.Core.Evaluation;

/// <summary>One candidate sentence's features and how much of the cluster's references it covers.</summary>
public sealed record ImportanceExample(string ClusterId, IReadOnlyList<double> Features, double Target);

/// <summary>
/// Fits <see cref="LearnedImportance"/> weights to a summarization data set, and scores them honestly: with k-fold
/// cross-validation by cluster, each cluster is summarized by a model fitted without it.
/// </summary>
public static class ImportanceTraining
{
    /// <summary>Folds of the cross-validation.</summary>
    public const int Folds = 5;

    /// <summary>
    /// Ridge penalty on standardized features. With thousands of sentences and a dozen features it only steadies
    /// nearly collinear pairs (corroboration and match similarity; the two position features).
    /// </summary>
    public const double Ridge = 10;

    public const string CrossValidatedName = "chorus-cv";

    /// <summary>The candidate sentences of a cluster as the newswire summarizer sees them, each with its target.</summary>
    public static List<ImportanceExample> Examples(SummarizationCluster cluster, SummarizerOptions options)
    {
        var summarizer = new CorroborationSummarizer(options);
        var documents = SummarizationEvaluator.Documents(cluster);
        var story = summarizer.Story(documents);
        var oracle = Environment.GetEnvironmentVariable("CHORUS_TARGET") == "oracle"
            ? new GreedyOracleSummarizer(cluster.References).Summarize(documents, SummaryBudget.OfBytes(665) with { CutLast = true }).Select(s => (s.ArticleId, s.Index)).ToHashSet()
            : null;
        var features = SentenceFeatures.Compute(story);
        var examples = new List<ImportanceExample>();
        for (var i = 0; i < story.All.Count; i++)
        {
            if (summarizer.IsCandidate(story.All[i]))
            {
                examples.Add(new ImportanceExample(cluster.Id, features[i], oracle is not null ? (oracle.Contains((story.All[i].Sentence.ArticleId, story.All[i].Sentence.Index)) ? 1 : 0) : Target(story.All[i].Sentence.Text, cluster.References)));
            }
        }

        return examples;
    }

    /// <summary>The sentence's ROUGE-1 plus ROUGE-2 recall, averaged over the references: the share of the human summaries it covers.</summary>
    public static double Target(string sentence, IReadOnlyList<string> references)
    {
        var scores = RougeScorer.ScoreAgainstAll(sentence, references);
        var mode = Environment.GetEnvironmentVariable("CHORUS_TARGET") ?? "r12";
        var words = Math.Max(1, sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return mode switch
        {
            "r2" => scores.Rouge2.Recall,
            "r12w" => (scores.Rouge1.Recall + scores.Rouge2.Recall) / words,
            "r2w" => scores.Rouge2.Recall / words,
            "r12p" => scores.Rouge1.Precision + scores.Rouge2.Precision,
            "r2p" => scores.Rouge2.Precision,
            "r12f" => scores.Rouge1.Fmeasure + scores.Rouge2.Fmeasure,
            _ => scores.Rouge1.Recall + scores.Rouge2.Recall,
        };
    }

    /// <summary>Fold of each cluster: clusters in ordinal order of their ids, dealt round-robin.</summary>
    public static Dictionary<string, int> FoldOf(IEnumerable<string> clusterIds, int folds = Folds) =>
        clusterIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((id, rank) => (id, rank))
            .ToDictionary(x => x.id, x => x.rank % folds, StringComparer.Ordinal);

    public static RidgeRegression.Model Fit(IReadOnlyList<ImportanceExample> examples) =>
        Environment.GetEnvironmentVariable("CHORUS_CENTER") is not null ? FitCentered(examples) : FitPlain(examples);

    private static RidgeRegression.Model FitCentered(IReadOnlyList<ImportanceExample> examples)
    {
        var centered = examples.GroupBy(e => e.ClusterId).SelectMany(g =>
        {
            var list = g.ToList();
            var means = Enumerable.Range(0, list[0].Features.Count).Select(k => list.Average(e => e.Features[k])).ToArray();
            var target = list.Average(e => e.Target);
            return list.Select(e => e with { Features = e.Features.Select((v, k) => v - means[k]).ToArray(), Target = e.Target - target });
        }).ToList();
        return FitPlain(centered);
    }

    private static RidgeRegression.Model FitPlain(IReadOnlyList<ImportanceExample> examples) =>
        RidgeRegression.Fit(examples.Select(e => e.Features).ToList(), examples.Select(e => e.Target).ToList(), double.Parse(Environment.GetEnvironmentVariable("CHORUS_LAMBDA") ?? "10", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The Chorus summarizer with learned importance, each cluster summarized by weights fitted on the other folds.
    /// </summary>
    public static SystemSpec CrossValidated(SummarizationDataSet data, SummarizerOptions options)
    {
        var examples = new Lazy<List<ImportanceExample>>(() => data.Clusters.SelectMany(c => Examples(c, options)).ToList());
        var foldOf = FoldOf(data.Clusters.Select(c => c.Id));
        var models = new Dictionary<int, RidgeRegression.Model>();
        return new SystemSpec(CrossValidatedName, cluster =>
        {
            var fold = foldOf[cluster.Id];
            if (!models.TryGetValue(fold, out var model))
            {
                model = Fit(examples.Value.Where(e => Environment.GetEnvironmentVariable("CHORUS_INSAMPLE") is not null || foldOf[e.ClusterId] != fold).ToList());
                models[fold] = model;
                if (Environment.GetEnvironmentVariable("CHORUS_DEBUG") is not null)
                {
                    Console.Error.WriteLine($"fold {fold}: " + string.Join(" ", model.Weights.Select((w, k) => $"{SentenceFeatures.Names[k]}={w:F4}")));
                }
            }

            return new CorroborationSummarizer(options with { ImportanceWeights = model.Weights });
        });
    }
}
