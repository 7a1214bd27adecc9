namespace Chorus.Core.Documents;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>A problem with one input, naming it; the run carries on with the other inputs.</summary>
public sealed record InputProblem(string Input, string Message, ProblemSeverity Severity = ProblemSeverity.Warning)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Input}: {Message}";
}
