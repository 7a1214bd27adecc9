namespace Chorus.Core.Documents;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>
/// Why one input could not be used, naming it: <paramref name="Input"/> is what a user would look for (a path,
/// "file.jsonl:3", "archive.warc@1024", a URL) and <paramref name="Message"/> says why in words and, where it
/// matters, what became of the input ("skipped"). The one problem shape of every reader, decoder, fetcher and
/// data-set loader; the run carries on with the other inputs unless the caller decides otherwise.
/// </summary>
public sealed record InputProblem(string Input, string Message, ProblemSeverity Severity = ProblemSeverity.Warning)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Input}: {Message}";

    /// <summary>The same problem with what became of the input said after the reason ("…; skipped").</summary>
    public InputProblem WithOutcome(string outcome) => this with { Message = $"{Message}; {outcome}" };

    /// <summary>The same problem with words put before its reason ("WARC response body: …").</summary>
    public InputProblem Prefixed(string lead) => this with { Message = lead + Message };
}
