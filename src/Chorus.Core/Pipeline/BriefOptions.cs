using Chorus.Core.Corroboration;
using Chorus.Core.Dedup;
using Chorus.Core.Documents;
using Chorus.Core.Extraction;
using Chorus.Core.Facts;
using Chorus.Core.Summarization;

namespace Chorus.Core.Pipeline;

/// <summary>The one options object that flows through the brief pipeline.</summary>
public sealed record BriefOptions
{
    public const int DefaultWords = 120;

    /// <summary>Longest summary, in words; at least 1 (a brief with no summary is no brief).</summary>
    public int Words { get; init => field = Guard.AtLeast(value, 1, nameof(Words)); } = DefaultWords;

    /// <summary>
    /// A length rule other than <see cref="Words"/>, which it replaces when set: <c>eval summarize</c> runs the brief
    /// under a data set's rule (DUC's 665 bytes).
    /// </summary>
    public SummaryBudget? Budget { get; init; }

    /// <summary>How HTML pages are read (main-content extraction); the ingest pipeline reads pages with the same options.</summary>
    public ExtractionOptions Extraction { get; init; } = new();

    public SummarizerOptions Summarizer { get; init; } = new();

    public CopyDetectionOptions Copies { get; init; } = new();

    public FactsOptions Facts { get; init; } = new();

    /// <summary>How summary sentences are credited and disputed, and what counts as reported elsewhere.</summary>
    public SupportOptions Support { get; init; } = new();

    /// <summary>
    /// Stop after the stages the summary depends on (reading, copies, sentences, summarizer, credits) and the headline:
    /// the brief has the summary and sources a full run gives, no facts and no per-source coverage. The later stages
    /// only read the summary, so it is the same either way; <c>eval summarize</c> scores the summary alone.
    /// </summary>
    public bool SummaryOnly { get; init; }
}

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
