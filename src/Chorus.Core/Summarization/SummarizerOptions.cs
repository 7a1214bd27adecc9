namespace Chorus.Core.Summarization;

/// <summary>The knobs of the corroboration summarizer, each with the reason for its value.</summary>
public sealed record SummarizerOptions
{
    /// <summary>
    /// TF-IDF cosine at which two sentences of different sources count as reporting the same thing. Paraphrases of
    /// one agency sentence score 0.45–0.9; sentences merely on the same topic score below 0.3.
    /// </summary>
    public double MatchSimilarity { get; init; } = 0.4;

    /// <summary>A candidate this similar to a sentence already chosen repeats it and is skipped.</summary>
    public double RedundancySimilarity { get; init; } = 0.45;

    /// <summary>Weight of corroboration: the share of independent sources that report the sentence.</summary>
    public double CorroborationWeight { get; init; } = 0.4;

    /// <summary>
    /// Corroboration graded rather than counted: for each other source, the similarity of its sentence closest to this
    /// one, averaged, instead of the share of sources with a sentence past <see cref="MatchSimilarity"/>. A count
    /// treats a near-copy and a bare match alike and misses reports a little below the threshold.
    /// </summary>
    public bool GradedCorroboration { get; init; }

    /// <summary>
    /// Weight of phrase corroboration: how many other sources use the sentence's word pairs (see
    /// <see cref="PhraseCorroboration"/>). 0 leaves it out.
    /// </summary>
    public double PhraseCorroborationWeight { get; init; }

    /// <summary>Weight of centrality: similarity to the story's centroid.</summary>
    public double CentralityWeight { get; init; } = 0.4;

    /// <summary>Weight of position: news puts what matters first.</summary>
    public double PositionWeight { get; init; } = 0.2;

    /// <summary>Sentences shorter than this are headlines, fragments or quotes without context.</summary>
    public int MinWords { get; init; } = 7;

    /// <summary>Sentences longer than this crowd out the rest of a short summary.</summary>
    public int MaxWords { get; init; } = 55;

    /// <summary>
    /// Sentences that open by pointing back ("He said", "But") read badly out of context; their score is multiplied
    /// by this.
    /// </summary>
    public double DanglingOpeningFactor { get; init; } = 0.6;

    /// <summary>
    /// Sentences that lean on an antecedent left in the article (he/she/they before any name, "It" or "The ministry"
    /// opening, "…, he said" closing; see <see cref="ReaderChecks.NeedsAntecedent"/>) have their score multiplied by
    /// this; 0 never chooses them. Briefs use 0: a reader cannot tell who "he" is, and a summary sentence is read
    /// without its article.
    /// </summary>
    public double AntecedentFactor { get; init; }

    /// <summary>
    /// A sentence that leans on an antecedent is still chosen when the sentence right before it in its article names
    /// it (<see cref="Antecedents"/>): the two are chosen together, within the budget, the antecedent first. Off,
    /// such sentences fall to <see cref="AntecedentFactor"/>.
    /// </summary>
    public bool PairWithAntecedent { get; init; } = true;

    /// <summary>
    /// A candidate whose claim words (lower-case content words, not the speech verb) are at least this share of a
    /// chosen sentence's words, or that states the same figure and shares a claim word with it, repeats that
    /// sentence's claim and is skipped (<see cref="ClaimOverlap"/>); a candidate that holds a chosen sentence's
    /// claim words and twice as many takes its place. Null leaves it to the cosines. 0.75 was chosen in 4 of 5 folds
    /// of CV on DUC 2004 val (bench <c>summary-cv</c>; docs/EVALUATION.md); 0.5 lost ROUGE-1, 0.6 and 0.9 were
    /// within 0.001 of off.
    /// </summary>
    public double? ClaimContainment { get; init; } = 0.75;

    /// <summary>
    /// Sentences of at most this many words that name no one and no figure are teasers ("A psychological war has also
    /// been taking shape online.") and never chosen; 0 keeps them. Set for the reader, not for ROUGE: on DUC 2004 val
    /// refusing them costs 0.0006 ROUGE-1 (docs/EVALUATION.md); a sentence of 13 words or more with nothing named is
    /// more often a finding ("Fighting has raged across several provinces…") than a teaser.
    /// </summary>
    public int TeaserMaxWords { get; init; } = 12;

    /// <summary>
    /// A candidate whose meaning (static sentence-embedding cosine, see <see cref="MeaningOverlap"/>) is this close
    /// to a chosen sentence repeats it in other words and is skipped; null leaves it to word overlap. 0.7 was chosen
    /// in 4 of 5 folds of CV on DUC 2004 val (bench <c>summary-cv</c>; docs/EVALUATION.md): 0.9 never fires, 0.8 and
    /// off lost ROUGE-1 to it.
    /// </summary>
    public double? MeaningRedundancy { get; init; } = 0.7;

    /// <summary>
    /// Sentences with quotation marks have their score multiplied by this: a quote gives one voice's words, where a
    /// summary reports what happened.
    /// </summary>
    public double QuoteFactor { get; init; } = 1;

    /// <summary>
    /// When positive, position weighs by sentence number, halving every this many sentences (the news lead), rather
    /// than by relative position in the article.
    /// </summary>
    public double PositionHalfLife { get; init; }

    /// <summary>
    /// Trim datelines, trailing attributions, leading connectives and parentheticals before choosing (see
    /// <see cref="Text.SentenceTrimmer"/>). Off for briefs, whose sentences must match their source spans exactly.
    /// </summary>
    public bool TrimSentences { get; init; }

    /// <summary>When set, sentences are chosen by submodular maximisation rather than the greedy pick.</summary>
    public SubmodularOptions? Submodular { get; init; }

    /// <summary>
    /// Settings for scoring on newswire summarization sets (DUC), tuned on the DUC 2004 validation half only:
    /// trimming frees bytes of the 665-byte budget for content; wire stories put their news in the first few
    /// sentences whatever the article's length, so position halves every four sentences; sentences under ten words in
    /// wire copy are mostly quotes and asides; submodular selection fills the byte budget with more of the story than
    /// the greedy pick. Corroboration is graded and extended to phrases, and quotes weigh less: together with the
    /// pair-similarity limit of the selector these moved DUC 2004 val ROUGE-1 from 0.397 to 0.411 (docs/EVALUATION.md,
    /// "Evaluating summaries", has the neighbouring settings).
    /// </summary>
    public static SummarizerOptions ForNewswireEvaluation { get; } = new()
    {
        TrimSentences = true,
        PositionHalfLife = 4,
        PositionWeight = 0.3,
        GradedCorroboration = true,
        PhraseCorroborationWeight = 0.3,
        QuoteFactor = 0.7,
        MinWords = 10,
        Submodular = new SubmodularOptions(),
        AntecedentFactor = 1,
        PairWithAntecedent = false,
        ClaimContainment = null,
        TeaserMaxWords = 0,
        MeaningRedundancy = null,
    };
}
