using System.Globalization;
using Chorus.Evaluation;

namespace Chorus.Bench;

/// <summary>The arguments the summarizer speed benches share: <c>[DATA] [ROUNDS]</c>, DUC 2004 val and 3 rounds by default.</summary>
internal sealed record SpeedBenchArgs(string Path, int Rounds, SummarizationDataSet Data)
{
    /// <summary>The data set and rounds, or null (the problem written to standard error) when the data cannot be read.</summary>
    public static SpeedBenchArgs? Read(string[] args)
    {
        var path = args.Length > 0 ? args[0] : System.IO.Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl");
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var read = SummarizationDataReader.Read(path);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(read.Problem);
            return null;
        }

        return new SpeedBenchArgs(path, rounds, read.Value);
    }
}
