using Chorus.Core.Dedup;
using Chorus.Core.Facts;
using Chorus.Core.Summarization;

namespace Chorus.Core.Pipeline;

/// <summary>The one options object that flows through the brief pipeline.</summary>
public sealed record BriefOptions
{
    public const int DefaultWords = 120;

    public int Words { get; init; } = DefaultWords;

    public SummarizerOptions Summarizer { get; init; } = new();

    public CopyDetectionOptions Copies { get; init; } = new();

    public FactsOptions Facts { get; init; } = new();
}

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
