using Chorus.Core.Dedup;
using Chorus.Core.Extraction;
using Chorus.Core.Facts;
using Chorus.Core.Summarization;

namespace Chorus.Core.Pipeline;

/// <summary>The one options object that flows through the brief pipeline.</summary>
public sealed record BriefOptions
{
    public const int DefaultWords = 120;

    public int Words { get; init; } = DefaultWords;

    /// <summary>How HTML pages are read (main-content extraction); the ingest pipeline reads pages with the same options.</summary>
    public ExtractionOptions Extraction { get; init; } = new();

    public SummarizerOptions Summarizer { get; init; } = new();

    public CopyDetectionOptions Copies { get; init; } = new();

    public FactsOptions Facts { get; init; } = new();
}

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
