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

    public StoryClaims(StorySentences story, SupportOptions options)
    {
        this.story = story;
        this.options = options;
        Readings = story.All.Select(s => ClaimReading.Of(s.Sentence.Text)).ToList();
        Weights = new WordWeights(Readings);
        sentencesOf = Enumerable.Range(0, story.Documents.Count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < story.All.Count; i++)
        {
            sentencesOf[story.All[i].Document].Add(i);
            indexOf[(story.All[i].Sentence.ArticleId, story.All[i].Sentence.Index)] = i;
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
    /// disputes it: either way the other source reports the thing, so it is not this source's alone.
    /// </summary>
    public bool ReportedElsewhere(int claim) =>
        Enumerable.Range(0, story.Documents.Count)
            .Any(d => story.Sources[d] != story.All[claim].Source && Judge(claim, d).Kind != SupportKind.Silent);
}
