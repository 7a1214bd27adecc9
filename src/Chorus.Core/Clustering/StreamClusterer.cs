using Chorus.Core.Semantic;

namespace Chorus.Core.Clustering;

/// <summary>
/// One-pass story clustering in arrival order. Each article is compared with the open stories found through the
/// inverted index on their centroid terms; the score is TF-IDF cosine (IDF over the articles seen so far) blended
/// with named-entity overlap and with the dense cosine of the article's embedding to the story's, damped by the time
/// since the story last grew. A near-duplicate joins its original's story. Stories quiet for longer than the window
/// are closed.
/// </summary>
public sealed partial class StreamClusterer
{
    private readonly ClusteringOptions options;
    private readonly Dictionary<string, int> documentFrequency;
    private readonly Dictionary<long, StoryProfile> open = [];
    private readonly StoryIndex index = new();
    private readonly CopyWindow copies;
    private readonly Dictionary<long, StoryProfile> changed = [];
    private readonly Dictionary<string, int> frequencyDelta = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> mergedInto = [];
    private readonly List<StoryMerge> merges = [];
    private readonly ITextEmbedder? embedder;
    private long sinceSweep;

    /// <param name="embedder">The dense representation; by default the one <see cref="ClusteringOptions.Representation"/> names.</param>
    public StreamClusterer(ClusteringOptions? options = null, ClusterSnapshot? snapshot = null, ITextEmbedder? embedder = null)
    {
        this.options = options ?? new ClusteringOptions();
        this.embedder = embedder ?? DefaultEmbedder(this.options.Representation);
        copies = new CopyWindow(this.options);
        documentFrequency = snapshot is null ? new(StringComparer.Ordinal) : new(snapshot.DocumentFrequency, StringComparer.Ordinal);
        Documents = snapshot?.Documents ?? 0;
        NextStoryId = snapshot?.NextStoryId ?? 1;
        StreamTime = snapshot?.StreamTime ?? DateTime.MinValue;
        foreach (var story in snapshot?.OpenStories ?? [])
        {
            if (snapshot!.Representation != this.embedder?.Name)
            {
                story.Dense = null; // made by another representation: not comparable with this one's vectors
            }

            open[story.Id] = story;
            index.Relist(story, IndexTerms(story));
        }

        Remember(snapshot?.RecentArticles ?? []);
    }

    public ClusteringOptions Options => options;

    public long Documents { get; private set; }

    public long NextStoryId { get; private set; }

    /// <summary>The latest article time seen: the clock that closes quiet stories.</summary>
    public DateTime StreamTime { get; private set; }

    public int OpenStories => open.Count;

    public PreparedDocument Prepare(ClusterDocument document) => Prepare(document, embedder?.Embed([EmbeddingText(document)])[0]);

    /// <param name="embedding">The document's embedding by this clusterer's embedder (see <see cref="PrepareAll"/>).</param>
    public PreparedDocument Prepare(ClusterDocument document, float[]? embedding)
    {
        var features = DocumentFeatures.Of(document, options);
        var (shingles, signature) = copies.Prepare(CopyWindow.TextOf(document.Title, document.Text));
        return new PreparedDocument(document, features, shingles, signature) { Embedding = embedding };
    }

    /// <summary>Puts stored articles (oldest first) back in the copy window, shingled in parallel.</summary>
    private void Remember(IReadOnlyList<StoredArticleText> articles)
    {
        var prepared = new (ulong[] Shingles, ulong[] Signature)[articles.Count];
        Parallel.For(0, articles.Count, i => prepared[i] = copies.Prepare(CopyWindow.TextOf(articles[i].Title, articles[i].Text)));
        for (var i = 0; i < articles.Count; i++)
        {
            copies.Add(articles[i].Id, articles[i].StoryId, prepared[i].Shingles, prepared[i].Signature);
        }
    }

    public ClusterAssignment Add(ClusterDocument document) => Add(Prepare(document));

    public ClusterAssignment Add(PreparedDocument prepared)
    {
        if (embedder is not null && prepared.Embedding is null)
        {
            prepared = prepared with { Embedding = embedder.Embed([EmbeddingText(prepared.Document)])[0] };
        }
        else if (embedder is null && prepared.Embedding is not null)
        {
            prepared = prepared with { Embedding = null }; // prepared under another setting: this clusterer uses no dense vectors
        }

        var document = prepared.Document;
        Documents++;
        foreach (var term in prepared.Features.TermCounts.Keys)
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            frequencyDelta[term] = frequencyDelta.GetValueOrDefault(term) + 1;
        }

        if (document.TimeIsKnown && document.Time > StreamTime)
        {
            StreamTime = document.Time;
        }

        ClusterAssignment assignment;
        if (copies.Find(prepared.Shingles, prepared.Signature) is { } copy && Reopen(Resolve(copy.StoryId)) is { } original)
        {
            assignment = new ClusterAssignment(document.Id, original.Id, JoinKind.Copy, copy.Containment)
            {
                CopyOf = copy.OriginalId,
                CopyContainment = copy.Containment,
                CopyJaccard = copy.Jaccard,
            };
            Grow(original, prepared, isCopy: true);
        }
        else
        {
            var vector = Weigh(prepared.Features.TermCounts);
            var isShort = prepared.Features.TermCounts.Count < options.ShortTextTerms;
            var denseWeight = isShort ? options.DenseWeight : options.LongTextDenseWeight;
            var (best, score) = BestStory(vector, prepared.Features.Entities, prepared.Embedding, denseWeight, document.TimeIsKnown ? document.Time : null);
            var threshold = isShort ? options.ShortTextMinScore : options.MinScore;
            if (best is not null && score >= threshold)
            {
                Grow(best, prepared, isCopy: false);
                var into = MergeNeighbours(best, isShort ? options.MergeScore : options.LongTextMergeScore, denseWeight);
                assignment = new ClusterAssignment(document.Id, into.Id, JoinKind.Similar, score);
            }
            else
            {
                var story = new StoryProfile(NextStoryId++, FirstHeadline(document), document.Time);
                open[story.Id] = story;
                assignment = new ClusterAssignment(document.Id, story.Id, JoinKind.New, score);
                Grow(story, prepared, isCopy: false);
            }
        }

        copies.Add(document.Id, assignment.StoryId, prepared.Shingles, prepared.Signature);
        if (++sinceSweep >= options.CloseSweepEvery)
        {
            CloseQuietStories();
        }

        return assignment;
    }

    /// <summary>What changed since the last call (stories, merges, frequency increments, counters), then forgets it.</summary>
    public ClusterChanges TakeChanges()
    {
        var stories = changed.Values.OrderBy(s => s.Id).ToList();
        changed.Clear();
        var delta = new Dictionary<string, int>(frequencyDelta, StringComparer.Ordinal);
        frequencyDelta.Clear();
        var storyMerges = merges.ToList();
        merges.Clear();
        return new ClusterChanges(stories, storyMerges, delta, Documents, NextStoryId, StreamTime) { Representation = embedder?.Name };
    }

    public void CloseQuietStories()
    {
        sinceSweep = 0;
        if (StreamTime < DateTime.MinValue.AddHours(options.CloseAfterHours))
        {
            return;
        }

        var cutoff = StreamTime.AddHours(-options.CloseAfterHours);
        foreach (var story in open.Values.Where(s => s.LastSeen < cutoff).ToList())
        {
            story.Closed = true;
            index.Unlist(story);
            open.Remove(story.Id);
            changed[story.Id] = story;
        }
    }

    private StoryProfile? Reopen(long storyId)
    {
        if (open.TryGetValue(storyId, out var story))
        {
            return story;
        }

        // The original's story was closed (or belongs to an earlier run and is not loaded): the copy starts afresh.
        return null;
    }

    private (StoryProfile? Story, double Score) BestStory(Dictionary<string, double> vector, HashSet<string> entities, float[]? embedding, double denseWeight, DateTime? time)
    {
        var query = vector.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.QueryTerms).Select(kv => kv.Key);
        StoryProfile? best = null;
        var bestScore = 0.0;
        var norm = Norm(vector.Values);
        var twiceWeighted = vector.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(kv.Key), StringComparer.Ordinal);
        foreach (var id in index.Candidates(query, options.MaxCandidates))
        {
            var story = open[id];
            var score = Score(twiceWeighted, norm, entities, embedding, denseWeight, story, time);
            if (score > bestScore)
            {
                best = story;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }

    /// <param name="twiceWeighted">The article's TF-IDF vector with each weight multiplied by the term's IDF once
    /// more, so its dot product with a raw centroid is the dot product of the two TF-IDF vectors.</param>
    /// <param name="embedding">The article's (or a story's) dense unit vector, if any.</param>
    /// <param name="denseWeight">The dense cosine's share of the score (it depends on the length of the text).</param>
    private double Score(Dictionary<string, double> twiceWeighted, double norm, HashSet<string> entities, float[]? embedding, double denseWeight, StoryProfile story, DateTime? time)
    {
        var dot = 0.0;
        foreach (var (term, weight) in twiceWeighted)
        {
            if (story.Terms.TryGetValue(term, out var w))
            {
                dot += weight * w;
            }
        }

        var storyNorm = CentroidNorm(story);
        var cosine = norm == 0 || storyNorm == 0 ? 0 : dot / (norm * storyNorm);
        var shared = entities.Count(story.Entities.ContainsKey);
        var entityOverlap = entities.Count == 0 ? 0 : (double)shared / entities.Count;
        var decay = time is { } t ? Math.Pow(0.5, Math.Max(0, Math.Abs((t - story.LastSeen).TotalHours) - options.DecayGraceHours) / options.DecayHalfLifeHours) : 1;
        var lexical = ((1 - options.EntityWeight) * cosine) + (options.EntityWeight * entityOverlap);
        return Blend(lexical, embedding, denseWeight, story) * decay;
    }

    private void Grow(StoryProfile story, PreparedDocument prepared, bool isCopy)
    {
        story.Articles++;
        if (!isCopy)
        {
            story.IndependentSources++;
        }

        // An undated article says nothing about when the story happened, unless it is the story's first.
        var time = prepared.Document.Time;
        if (prepared.Document.TimeIsKnown || story.Articles == 1)
        {
            story.LastSeen = time > story.LastSeen ? time : story.LastSeen;
            story.FirstSeen = time < story.FirstSeen ? time : story.FirstSeen;
        }

        foreach (var (term, count) in prepared.Features.TermCounts)
        {
            story.Terms[term] = story.Terms.GetValueOrDefault(term) + 1 + Math.Log(count);
        }

        foreach (var entity in prepared.Features.Entities)
        {
            story.Entities[entity] = story.Entities.GetValueOrDefault(entity) + 1;
        }

        AddDense(story, prepared.Embedding);

        PruneTerms(story.Terms);
        story.NormStamp = -1;
        Prune(story.Entities, options.StoryEntities);
        index.Relist(story, IndexTerms(story));
        changed[story.Id] = story;
        if (story.Articles > 1 && !string.IsNullOrWhiteSpace(prepared.Document.Title))
        {
            PreferHeadline(story, prepared.Document.Title.Trim());
        }
    }

    /// <summary>
    /// The centroid's TF-IDF norm, recomputed when the story changed or the article count grew by over 1/64 since:
    /// IDF drifts slowly, and recomputing it for every candidate of every article dominated the clustering time.
    /// </summary>
    private double CentroidNorm(StoryProfile story)
    {
        if (story.NormStamp < 0 || Documents - story.NormStamp > Documents / 64)
        {
            var sum = 0.0;
            foreach (var (term, weight) in story.Terms)
            {
                var w = weight * Idf(term);
                sum += w * w;
            }

            story.WeightedNorm = Math.Sqrt(sum);
            story.NormStamp = Documents;
        }

        return story.WeightedNorm;
    }

    private string[] IndexTerms(StoryProfile story) =>
        story.Terms.OrderByDescending(kv => kv.Value * Idf(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.IndexedTermsPerStory).Select(kv => kv.Key).ToArray();

    private Dictionary<string, double> Weigh(Dictionary<string, int> counts)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            vector[term] = (1 + Math.Log(count)) * Idf(term);
        }

        return vector;
    }

    /// <summary>
    /// IDF over the articles seen so far, the current one included; without the usual +1, so a word in nearly every
    /// article weighs nearly nothing (with +1, common news words merged distinct DUC topics on val). The prior
    /// documents keep the first articles of a stream from having their shared words weighed down to nothing.
    /// </summary>
    private double Idf(string term) => Math.Log((Documents + 1.0 + options.IdfPriorDocuments) / (documentFrequency.GetValueOrDefault(term) + 0.5));

    private static double Norm(IEnumerable<double> values) => Math.Sqrt(values.Sum(v => v * v));

    /// <summary>Keeps the centroid's terms that weigh most by TF-IDF: the ones that tell the story apart.</summary>
    private void PruneTerms(Dictionary<string, double> terms) => Prune(terms, options.CentroidTerms, kv => kv.Value * Idf(kv.Key));

    private static void Prune<T>(Dictionary<string, T> weights, int keep)
        where T : IComparable<T> => Prune(weights, keep, kv => kv.Value);

    private static void Prune<T, TRank>(Dictionary<string, T> weights, int keep, Func<KeyValuePair<string, T>, TRank> rank)
        where TRank : IComparable<TRank>
    {
        // Prune in bulk once the map is half again over its limit, so the cost is amortised over many articles.
        if (weights.Count <= keep + (keep / 2))
        {
            return;
        }

        foreach (var key in weights.OrderBy(rank).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(weights.Count - keep).Select(kv => kv.Key).ToList())
        {
            weights.Remove(key);
        }
    }

    private static string FirstHeadline(ClusterDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            return document.Title.Trim();
        }

        var text = document.Text.Trim().ReplaceLineEndings(" ");
        return text.Length <= 100 ? text : text[..100].TrimEnd() + "…";
    }
}
