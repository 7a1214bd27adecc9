using BenchmarkDotNet.Running;
using Chorus.Bench;

// dotnet run -c Release --project bench/Chorus.Bench -- brief         (BenchmarkDotNet, stage ratios vs baseline)
// dotnet run -c Release --project bench/Chorus.Bench -- brief-stages  (one quick in-process pass with pipeline timings)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-sweep (clustering thresholds on the val halves)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-confusion [DATA] [AXIS=V...] (per-topic splits and merges)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-sweep-long (full-article thresholds, DUC val only)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-orders [N] (settings scored on N shuffles of DUC val + UCI val)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-dense [static|contextual|none] [ORDERS] [AXIS=V1,V2...] (explore dense settings)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-cv [static|contextual|none] [K] [ORDERS] [headline|article|both|defaults] (settings by k-fold CV; defaults: the defaults per fold)
// dotnet run -c Release --project bench/Chorus.Bench -- cluster-ceiling [DATA] [LEAD CHARACTERS] (oracle nearest-topic bound of the features)
// dotnet run -c Release --project bench/Chorus.Bench -- distill [OUT] [DIMENSIONS] (the static embedding table, Model2Vec)
// dotnet run -c Release --project bench/Chorus.Bench -- semantic [TABLE...] (embedders: cost per text, paraphrase separation)
// dotnet run -c Release --project bench/Chorus.Bench -- scale [SIZES] [none|static|contextual]  (ingest 10k/50k/100k synthetic articles)
// dotnet run -c Release --project bench/Chorus.Bench -- scale-one N [BATCH] [sequential|overlapped] [REPRESENTATION] [AXIS=V...]  (one size, this process)
// dotnet run -c Release --project bench/Chorus.Bench -- scale-overlap [N]  (reading overlapped with clustering vs not)
// dotnet run -c Release --project bench/Chorus.Bench -- attribution-speed [N]  (attribution extraction vs the ingest path)
// dotnet run -c Release --project bench/Chorus.Bench -- attribution-cv [K]  (cue exclusion threshold by K-fold CV on train)
// dotnet run -c Release --project bench/Chorus.Bench -- web [N] [DB]  (chorus serve over N synthetic articles, 16 clients)
// dotnet run -c Release --project bench/Chorus.Bench -- extract-speed [DATA]  (extraction pages/s vs parse and disk)
// dotnet run -c Release --project bench/Chorus.Bench -- feeds [N]  (poll N synthetic feeds x 20 items, then 5 % changed, vs plain HttpClient)
// dotnet run -c Release --project bench/Chorus.Bench -- hostile-shapes [FILE...]  (issue 16's slow input shapes, seconds each vs 5 s)
// dotnet run -c Release --project bench/Chorus.Bench -- fetch-memory [N...]  (peak memory of fetching N pages of 10 MB, default 20 and 100)
// dotnet run -c Release --project bench/Chorus.Bench -- summarize-speed [DATA] [ROUNDS]  (eval summarize's loop: mmr vs chorus-newswire; incremental vs plain selection)
// dotnet run -c Release --project bench/Chorus.Bench -- brief-summarize-speed [DATA] [ROUNDS] [HASHES]  (eval summarize's chorus row: brief stages per cluster; coverage judgment vs the per-document judge; brief hashes)
// bench/scale-out.sh [N] [--nodes 1,2]  (chorus ingest on SQLite and PostgreSQL vs 1 and 2 chorus node processes)
// dotnet run -c Release --project bench/Chorus.Bench -- fuzz [--inputs N] [--seed S]  (mutated inputs through readers and the brief)
var mode = args.Length > 0 ? args[0] : "brief";
return mode switch
{
    "brief" => RunBenchmarks<BriefStageBenchmarks>(args[1..]),
    "brief-stages" => StageReport.Run(),
    "cluster-sweep" => ClusterSweep.Run(),
    "cluster-sweep-long" => LongTextSweep.Run(),
    "cluster-orders" => ClusterOrders.Run(args[1..]),
    "cluster-dense" => ClusterDense.Run(args[1..]),
    "cluster-cv" => ClusterCrossValidate.Run(args[1..]),
    "cluster-ceiling" => ClusterCeiling.Run(
        args.Length > 1 ? args[1] : Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl"),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 600),
    "cluster-confusion" => ClusterConfusion.Run(args.Length > 1 ? args[1] : Path.Combine(BenchPaths.Shared, "data", "duc2004", "val", "clusters.jsonl"), args.Length > 2 ? args[2..] : []),
    "distill" => SemanticBench.Distill(args[1..]),
    "semantic" => SemanticBench.Run(args[1..]),
    "scale" => ScaleBenchmark.RunAll(args[1..]),
    "scale-one" => ScaleBenchmark.RunOne(
        int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500,
        overlap: !(args.Length > 3 && args[3] == "sequential"),
        args.Length > 4 ? Enum.Parse<Chorus.Core.Clustering.DenseRepresentation>(args[4], ignoreCase: true) : Chorus.Core.Clustering.DenseRepresentation.Static,
        args.Length > 5 ? args[5..] : []),
    "web" => WebBenchmark.Run(args[1..]),
    "feeds" => FeedPollBench.Run(args[1..]),
    "scale-overlap" => ScaleBenchmark.CompareOverlap(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000),
    "attribution-speed" => AttributionSpeed.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000),
    "summary-cv" => SummaryCrossValidation.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5),
    "attribution-cv" => AttributionCrossValidation.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5),
    "extract-speed" => ExtractSpeed.Run(args[1..]),
    "hostile-shapes" => HostileShapes.Run(args[1..]),
    "fetch-memory" => FetchMemory.Run(args[1..]),
    "summarize-speed" => SummarizeSpeed.Run(args[1..]),
    "brief-summarize-speed" => BriefSummarizeSpeed.Run(args[1..]),
    "fuzz" => FuzzBench.Run(args[1..]),
    "scale-out" => ScaleOutBench.Run(args[1..]),
    _ => Usage(),
};

static int RunBenchmarks<T>(string[] rest)
{
    BenchmarkRunner.Run<T>(args: rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Chorus.Bench brief|brief-stages|cluster-sweep|cluster-sweep-long|cluster-confusion [DATA]|cluster-orders [N]|cluster-dense [REPRESENTATION] [ORDERS] [AXIS=V,...]|cluster-cv [REPRESENTATION] [K] [ORDERS] [BLOCKS]|cluster-ceiling [DATA] [LEAD]|distill [OUT] [DIMENSIONS]|semantic [TABLE...]|scale [SIZES] [REPRESENTATION]|scale-one N [BATCH] [sequential|overlapped] [REPRESENTATION] [AXIS=V...]|scale-overlap [N]|attribution-speed [N]|attribution-cv [K]|web [N] [DB]|feeds [N]|summary-cv [K]|extract-speed [DATA]|hostile-shapes|fetch-memory [N...]|summarize-speed [DATA] [ROUNDS]|brief-summarize-speed [DATA] [ROUNDS] [HASHES]|fuzz [--inputs N] [--seed S]|scale-out N --pg URL --redis URL [--nodes 1,2] [BenchmarkDotNet options]");
    return 2;
}
