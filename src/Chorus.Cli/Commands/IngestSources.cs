using Chorus.Core.Documents;
using Chorus.Core.Ingest;

namespace Chorus.Cli.Commands;

/// <summary>
/// Reads the SOURCE arguments of <c>chorus ingest</c> into raw documents exactly as <c>chorus brief</c> reads its
/// paths. The one place to switch when the ingest layer gains a single entry for every input kind.
/// </summary>
internal static class IngestSources
{
    public static (IReadOnlyList<RawDocument> Documents, IReadOnlyList<InputProblem> Problems, IReadOnlyList<string> Missing) Load(IReadOnlyList<string> sources)
    {
        var inputs = InputPaths.Expand(sources);
        var (documents, problems) = FileReader.ReadAll(inputs.Files);
        return (documents, problems, inputs.MissingPaths);
    }
}
