using BenchmarkDotNet.Running;
using Chorus.Bench;

// dotnet run -c Release --project bench/Chorus.Bench -- brief         (BenchmarkDotNet, stage ratios vs baseline)
// dotnet run -c Release --project bench/Chorus.Bench -- brief-stages  (one quick in-process pass with pipeline timings)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-sweep (clustering thresholds on the val halves)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-confusion [DATA] (per-topic splits and merges)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-sweep-long (full-article thresholds, DUC val only)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-orders [N] (settings scored on N shuffles of DUC val + UCI val)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-ceiling [DATA] (oracle nearest-topic bound of the features)
// dotnet run -c Release --project bench/Chorus.Bench -- scale [SIZES]  (ingest 10k/50k/100k synthetic articles)
// dotnet run -c Release --project bench/Chorus.Bench -- scale-one N [BATCH] [sequential]  (one size, this process)
// dotnet run -c Release --project bench/Chorus.Bench -- scale-overlap [N]  (reading overlapped with clustering vs not)
// dotnet run -c Release --project bench/Chorus.Bench -- web [N] [DB]  (chorus serve over N synthetic articles, 16 clients)
var mode = args.Length > 0 ? args[0] : "brief";
return mode switch
{
    "brief" => RunBenchmarks<BriefStageBenchmarks>(args[1..]),
    "brief-stages" => StageReport.Run(),
    "cluster-sweep" => ClusterSweep.Run(),
    "cluster-sweep-long" => LongTextSweep.Run(),
    "cluster-orders" => ClusterOrders.Run(args[1..]),
    "cluster-ceiling" => ClusterCeiling.Run(args.Length > 1 ? args[1] : Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl")),
    "cluster-confusion" => ClusterConfusion.Run(args.Length > 1 ? args[1] : Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl")),
    "scale" => ScaleBenchmark.RunAll(args[1..]),
    "scale-one" => ScaleBenchmark.RunOne(
        int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500,
        overlap: !(args.Length > 3 && args[3] == "sequential")),
    "web" => WebBenchmark.Run(args[1..]),
    "scale-overlap" => ScaleBenchmark.CompareOverlap(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000),
    _ => Usage(),
};

static int RunBenchmarks<T>(string[] rest)
{
    BenchmarkRunner.Run<T>(args: rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Chorus.Bench brief|brief-stages|cluster-sweep|cluster-sweep-long|cluster-confusion [DATA]|cluster-orders [N]|cluster-ceiling [DATA]|scale [SIZES]|scale-one N [BATCH] [sequential]|scale-overlap [N]|web [N] [DB] [BenchmarkDotNet options]");
    return 2;
}
