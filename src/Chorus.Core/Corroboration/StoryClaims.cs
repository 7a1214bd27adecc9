using Chorus.Core.Summarization;

namespace Chorus.Core.Corroboration;

/// <summary>
/// Every sentence of a story read as a claim (<see cref="ClaimReading"/>), the story's word weights, and each
/// document's sentences, so that any sentence can be judged against any document by <see cref="SupportJudge"/>.
/// </summary>
internal sealed class StoryClaims
{
    private readonly StorySentences story;
    private readonly SupportOptions options;
    private readonly List<int>[] sentencesOf;
    private readonly Dictionary<(string ArticleId, int Sentence), int> indexOf = [];
    private readonly Dictionary<string, List<int>> withWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> withEvent = new(StringComparer.Ordinal);
    private readonly List<int> withAges = [];
    private readonly List<int> withClaimers = [];
    private readonly ClaimWordIds wordIds;

    public StoryClaims(StorySentences story, SupportOptions options)
    {
        this.story = story;
        this.options = options;
        Readings = story.All.Select(s => ClaimReading.Of(s.Sentence.Text)).ToList();
        Weights = new WordWeights(Readings);
        wordIds = new ClaimWordIds(Readings, Weights);
        sentencesOf = Enumerable.Range(0, story.Documents.Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < story.All.Count; i++)
        {
            sentencesOf[story.All[i].Document].Add(i);
            indexOf[(story.All[i].Sentence.ArticleId, story.All[i].Sentence.Index)] = i;
            Index(i, Readings[i]);
        }
    }

    public IReadOnlyList<ClaimReading> Readings { get; }

    public WordWeights Weights { get; }

    /// <summary>What document <paramref name="document"/> says of sentence <paramref name="claim"/>; evidence as story sentence indexes.</summary>
    public SupportVerdict Judge(int claim, int document)
    {
        var sentences = sentencesOf[document];
        var verdict = SupportJudge.Judge(Readings[claim], sentences.Select(i => Readings[i]).ToList(), Weights, options);
        return verdict with { Evidence = verdict.Evidence.Select(k => sentences[k]).ToList() };
    }

    /// <summary>The story index of a document's sentence, or -1.</summary>
    public int IndexOf(string articleId, int sentenceIndex) =>
        indexOf.GetValueOrDefault((articleId, sentenceIndex), -1);

    /// <summary>
    /// Whether a document of another independent source than sentence <paramref name="claim"/>'s states it or
    /// disputes it: either way the other source reports the thing, so it is not this source's alone. Only the
    /// sentences that can move a verdict are judged (those sharing one of its assertion words, which any other scores
    /// 0, the same counted event, an age, or a claiming of an attack: the clashes that need no shared word), so a
    /// story of hundreds of articles is not a judgment of every sentence against every article.
    /// </summary>
    public bool ReportedElsewhere(int claim)
    {
        // A document speaks of the claim when one of its sentences does (a dispute or a support needs one sentence),
        // so the sentences are asked one by one, documents in any order, until one speaks.
        var own = story.All[claim].Source;
        var reading = Readings[claim];
        if (reading.Assertion.Count == 0)
        {
            // No assertion word: any sentence may clash with the claim, so every one is asked.
            for (var i = 0; i < story.All.Count; i++)
            {
                if (story.All[i].Source != own && SentenceComparison.Speaks(reading, Readings[i], wordIds.Coverage(claim, i), options))
                {
                    return true;
                }
            }

            return false;
        }

        var asked = new bool[story.All.Count];
        bool AnySpeaks(List<int>? sentences)
        {
            foreach (var i in sentences ?? [])
            {
                if (asked[i])
                {
                    continue;
                }

                asked[i] = true;
                if (story.All[i].Source != own && SentenceComparison.Speaks(reading, Readings[i], wordIds.Coverage(claim, i), options))
                {
                    return true;
                }
            }

            return false;
        }

        return reading.Assertion.Any(word => AnySpeaks(withWord.GetValueOrDefault(word)))
            || reading.Counts.Any(count => AnySpeaks(withEvent.GetValueOrDefault(count.Event ?? "")))
            || (reading.Ages.Count > 0 && AnySpeaks(withAges))
            || (reading.ResponsibilityClaimers.Count > 0 && AnySpeaks(withClaimers));
    }

    private void Index(int sentence, ClaimReading reading)
    {
        foreach (var word in reading.AllWords)
        {
            Add(withWord, word, sentence);
        }

        foreach (var count in reading.Counts.Where(c => c.Event is not null))
        {
            Add(withEvent, count.Event!, sentence);
        }

        if (reading.Ages.Count > 0)
        {
            withAges.Add(sentence);
        }

        if (reading.ResponsibilityClaimers.Count > 0)
        {
            withClaimers.Add(sentence);
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int sentence)
    {
        if (!index.TryGetValue(key, out var sentences))
        {
            index[key] = sentences = [];
        }

        if (sentences.Count == 0 || sentences[^1] != sentence)
        {
            sentences.Add(sentence);
        }
    }
}
