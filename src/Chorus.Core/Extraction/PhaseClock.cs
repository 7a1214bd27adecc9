using System.Diagnostics;

namespace Chorus.Core.Extraction;

/// <summary>
/// Adds up the time spent in each phase of extraction over many pages, for the speed bench's breakdown; the
/// extractor takes none in normal use, so its only cost there is a null check per phase.
/// </summary>
internal sealed class PhaseClock
{
    private readonly Dictionary<string, long> ticks = new(StringComparer.Ordinal);
    private long last;

    public IReadOnlyDictionary<string, long> Ticks => ticks;

    public void Start() => last = Stopwatch.GetTimestamp();

    /// <summary>Charges the time since the previous lap (or <see cref="Start"/>) to <paramref name="phase"/>.</summary>
    public void Lap(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        ticks[phase] = ticks.GetValueOrDefault(phase) + (now - last);
        last = now;
    }
}
