using Chorus.Core.Dedup;
using Chorus.Core.Documents;

namespace Chorus.Core.Clustering;

/// <summary>
/// Every threshold of streaming story clustering, with why it has its value. The knobs marked "CV" were chosen by
/// 5-fold cross-validation over the gold stories of the validation halves of the UCI headline set and the DUC 2004
/// clusters (12 stream orders), judged by the mean of the two held-out B-cubed F1s (<c>dotnet run -c Release
/// --project bench/Chorus.Bench -- cluster-cv</c>; the table is in docs/CLUSTERING.md); the others were set on the
/// same val halves earlier and are not in the grid. A value outside its range (a score or weight outside 0–1, a
/// half-life of no time, a sweep every 0 articles) would not fail loudly but cluster wrongly, so it is refused when set.
/// </summary>
public sealed record ClusteringOptions
{
    /// <summary>
    /// Least combined score for a full article to join an existing story; below it the article starts a new story.
    /// CV among 0.1–0.3 (with the full-article dense weight): 0.12. DUC's close topics (four on Israel and the
    /// Palestinians, two on North Korea) want it higher, its loose ones (the Russian crisis) lower.
    /// </summary>
    public double MinScore { get; init => field = Guard.Between(value, 0, 1, nameof(MinScore)); } = 0.12;

    /// <summary>
    /// The least score for a short text (fewer than <see cref="ShortTextTerms"/> distinct terms, e.g. a bare
    /// headline). With the dense cosine blended in (<see cref="DenseWeight"/>) a headline's score no longer rests
    /// on a few shared words, so it can ask more. 5-fold CV over stories among 0.1, 0.15, 0.2 (bench
    /// <c>cluster-cv static</c>, jointly with the dense weight, merge score and decay): 0.2.
    /// </summary>
    public double ShortTextMinScore { get; init => field = Guard.Between(value, 0, 1, nameof(ShortTextMinScore)); } = 0.2;

    /// <summary>
    /// Two open stories whose centroids score at least this against each other are merged (1 turns merging off):
    /// paraphrased headlines start separate stories that later articles bridge. 5-fold CV over stories among 0.2,
    /// 0.25, 0.3 (with the dense cosine, which bridges paraphrases itself): 0.3.
    /// </summary>
    public double MergeScore { get; init => field = Guard.Between(value, 0, 1, nameof(MergeScore)); } = 0.3;

    /// <summary>
    /// The merge score when the article that grew the story is a full text: long centroids of different stories on
    /// one subject (two events in one country) score high against each other, so merging needs more evidence.
    /// Not in the CV grid: 0.3, 0.5 and off were within the spread between DUC stream orders.
    /// </summary>
    public double LongTextMergeScore { get; init => field = Guard.Between(value, 0, 1, nameof(LongTextMergeScore)); } = 0.5;

    /// <summary>
    /// IDF counts this many imaginary articles that contain no term. At the start of a stream (2 articles) plain
    /// IDF weighs the words two reports share far below the words only one has, so the second report of an event
    /// never joins the first; the prior flattens IDF until real counts dominate. On val 20 gained UCI 0.003 and
    /// DUC 0.004 B-cubed F1; 50 and more merged DUC topics.
    /// </summary>
    public int IdfPriorDocuments { get; init => field = Guard.AtLeast(value, 0, nameof(IdfPriorDocuments)); } = 20;

    /// <summary>Below this many distinct terms an article counts as a short text.</summary>
    public int ShortTextTerms { get; init => field = Guard.AtLeast(value, 0, nameof(ShortTextTerms)); } = 25;

    /// <summary>
    /// Share of the score given to named-entity overlap (the rest is TF-IDF cosine). Entities carry the identity of
    /// a story (who, where) when two stories share common vocabulary ("earthquake", "election"). On val 0.15 was
    /// best with merging on (0 and 0.3 lost 0.005–0.02 B-cubed F1 on UCI or DUC).
    /// </summary>
    public double EntityWeight { get; init => field = Guard.Between(value, 0, 1, nameof(EntityWeight)); } = 0.15;

    /// <summary>
    /// A story's pull halves for every this many hours since it last received an article. 5-fold CV over stories of
    /// the UCI headlines and the synthetic stream (whose stories run over three days; DUC carries no dates) among
    /// 6, 12 and 24 h: 24.
    /// </summary>
    public double DecayHalfLifeHours { get; init => field = Guard.Positive(value, nameof(DecayHalfLifeHours)); } = 24;

    /// <summary>
    /// No decay within this many hours of a story's last article. 5-fold CV over stories between 12 and 0 h (with
    /// the 24 h half-life): 0, held-out B-cubed F1 UCI 0.890 against 0.876, the multi-day synthetic stories 0.978
    /// against 0.974; a story a day old still keeps half its pull.
    /// </summary>
    public double DecayGraceHours { get; init => field = Guard.AtLeast(value, 0, nameof(DecayGraceHours)); } = 0;

    /// <summary>A story with no article for this long (stream time) is closed: out of the candidate index.</summary>
    public double CloseAfterHours { get; init => field = Guard.Positive(value, nameof(CloseAfterHours)); } = 24 * 7;

    /// <summary>Terms of the title count this many times: a headline names the story more densely than the body.</summary>
    public int TitleWeight { get; init => field = Guard.AtLeast(value, 0, nameof(TitleWeight)); } = 2;

    /// <summary>Only the first this many body words are read: the lead carries the story, the tail drifts.</summary>
    public int MaxBodyWords { get; init => field = Guard.AtLeast(value, 0, nameof(MaxBodyWords)); } = 300;

    /// <summary>
    /// A story centroid keeps this many terms, bounding memory per story: the heaviest by TF-IDF (not by raw count,
    /// which kept a story's common words and dropped the rare ones that tell it apart: with the same 120, bench
    /// <c>cluster-cv static 5 12 defaults</c> moved DUC held-out B-cubed F1 from 0.8298 to 0.8330 and UCI not at all).
    /// The size: held-out mean of the three streams (same command) 0.8939 at 60, 0.9003 at 120, 0.8990 at 240.
    /// </summary>
    public int CentroidTerms { get; init => field = Guard.AtLeast(value, 1, nameof(CentroidTerms)); } = 120;

    /// <summary>The heaviest centroid terms (by TF-IDF) under which a story is listed in the inverted index.</summary>
    public int IndexedTermsPerStory { get; init => field = Guard.AtLeast(value, 1, nameof(IndexedTermsPerStory)); } = 25;

    /// <summary>The heaviest terms of an arriving article used to look up candidate stories.</summary>
    public int QueryTerms { get; init => field = Guard.AtLeast(value, 1, nameof(QueryTerms)); } = 15;

    /// <summary>
    /// At most this many candidate stories (those sharing the most query terms) are scored per article: the true
    /// story shares many heavy terms, and scoring every story that shares one common term dominated the run time.
    /// </summary>
    public int MaxCandidates { get; init => field = Guard.AtLeast(value, 1, nameof(MaxCandidates)); } = 40;

    /// <summary>Entities kept per story (most frequent).</summary>
    public int StoryEntities { get; init => field = Guard.AtLeast(value, 0, nameof(StoryEntities)); } = 40;

    /// <summary>
    /// Copy detection for near-duplicates: 20 bands of 2 rows give a pair with Jaccard 0.33 a 0.90 chance to become
    /// a candidate (0.5 → 0.997) at a third of the memory of the brief's 64 bands; containment still confirms.
    /// </summary>
    public CopyDetectionOptions Copies { get; init; } = new() { Bands = 20, RowsPerBand = 2, MinContainment = 0.7 };

    /// <summary>
    /// Copies are looked for among the articles of the last two windows of this many articles: syndicated copies
    /// arrive within days of their original, and the window bounds memory on long streams.
    /// </summary>
    public int CopyWindowArticles { get; init => field = Guard.AtLeast(value, 1, nameof(CopyWindowArticles)); } = 20_000;

    /// <summary>Closed stories are looked for every this many articles (a sweep over open stories only).</summary>
    public int CloseSweepEvery { get; init => field = Guard.AtLeast(value, 1, nameof(CloseSweepEvery)); } = 256;

    /// <summary>
    /// The dense representation blended into the score: the static table distilled from all-MiniLM-L6-v2 (about
    /// 40 µs an article, the default), the contextual model itself (<c>--semantic</c>: about 50 ms an article, too
    /// slow for the scale budget), or none. Chosen by 5-fold CV over the stories of the UCI headlines, 12 orders of
    /// the DUC topics and the multi-day synthetic stream, with the decay in the grid (docs/CLUSTERING.md): the
    /// static table lifted the held-out mean B-cubed F1 from 0.889 (none) to 0.899.
    /// </summary>
    public DenseRepresentation Representation { get; init; } = DenseRepresentation.Static;

    /// <summary>
    /// Share of a short text's score (see <see cref="ShortTextTerms"/>) given to the dense cosine between its
    /// embedding and the story's dense centroid (the rest is the lexical score above). Dense vectors see that two
    /// headlines say the same thing in other words, which a few shared terms miss. CV among 0, 0.2, 0.3, 0.4: 0.3
    /// (UCI held-out B-cubed F1 0.890 ± 0.022 against 0.858 ± 0.026 at 0 with the old thresholds).
    /// </summary>
    public double DenseWeight { get; init => field = Guard.Between(value, 0, 1, nameof(DenseWeight)); } = 0.3;

    /// <summary>
    /// The dense cosine's share of a full article's score. CV among 0, 0.1, 0.2, 0.3: 0. Hundreds of TF-IDF terms
    /// already place an article; on DUC the dense vectors (static or contextual) do not tell its close topics apart
    /// better than the terms do (bench <c>cluster-ceiling</c>).
    /// </summary>
    public double LongTextDenseWeight { get; init => field = Guard.Between(value, 0, 1, nameof(LongTextDenseWeight)); } = 0;

    /// <summary>
    /// Characters of the body embedded after the title: the lead states what the story is about; the contextual
    /// model's cost grows with the length.
    /// </summary>
    public int DenseLeadCharacters { get; init => field = Guard.AtLeast(value, 0, nameof(DenseLeadCharacters)); } = 600;
}

/// <summary>Which dense representation the clusterer uses besides terms and entities.</summary>
public enum DenseRepresentation
{
    /// <summary>Terms, entities and time only.</summary>
    None,

    /// <summary>The static table distilled from the contextual model (<see cref="Semantic.StaticEmbedder"/>).</summary>
    Static,

    /// <summary>The contextual model all-MiniLM-L6-v2 (<see cref="Semantic.ContextualEmbedder"/>).</summary>
    Contextual,
}
