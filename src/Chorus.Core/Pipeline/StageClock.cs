using System.Diagnostics;

namespace Chorus.Core.Pipeline;

/// <summary>Times the stages of one pipeline run.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> timings = [];

    public IReadOnlyList<StageTiming> Timings => timings;

    public T Time<T>(string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var result = work();
        timings.Add(new StageTiming(stage, Stopwatch.GetElapsedTime(start)));
        return result;
    }
}
