using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chorus.Bench;

/// <summary>
/// Peak memory of <c>chorus brief</c> fetching N pages of about 10 MB each from Kestrel on loopback, each size in its
/// own child process (peak resident set from <c>/usr/bin/time</c>): prints seconds and peak MB per size and the ratio
/// of the largest size's peak to the smallest's (1.0 would be memory independent of the number of URLs).
/// </summary>
internal static class FetchMemory
{
    private const int PageBytes = 9_900_000;

    public static int Run(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [20, 100];
        return RunAsync(sizes).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int[] sizes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        var filler = Encoding.ASCII.GetBytes("<script>var pad = \"" + new string('x', PageBytes) + "\";</script>");
        app.MapGet("/page/{id:int}", async (int id, HttpContext context) =>
        {
            var article = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"<html><head><title>Bridge {id} closed</title></head><body><article><h1>Bridge {id} closed</h1>{string.Concat(Enumerable.Range(0, 12).Select(s => $"<p>Engineers said on Tuesday that bridge number {id} would stay closed for {s + 2} weeks while the council repairs the storm damage to its {id + s} supports.</p>"))}</article>"));
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(article);
            await context.Response.Body.WriteAsync(filler);
            await context.Response.Body.WriteAsync("</body></html>"u8.ToArray());
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Console.WriteLine("urls  seconds  peak MB  MB per URL");
        var peaks = new List<double>();
        foreach (var size in sizes)
        {
            var list = Path.Combine(Path.GetTempPath(), $"chorus-fetch-{size}.txt");
            await File.WriteAllLinesAsync(list, Enumerable.Range(0, size).Select(i => $"{address}/page/{i}"));
            var (seconds, peak) = await BriefInChildAsync(list);
            peaks.Add(peak);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,4}  {seconds,7:F1}  {peak,7:F0}  {peak / size,10:F1}"));
            File.Delete(list);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory {sizes[^1]} URLs / {sizes[0]} URLs: {peaks[^1] / peaks[0]:F2} (URLs x{(double)sizes[^1] / sizes[0]:F0})"));
        await app.StopAsync();
        return 0;
    }

    private static async Task<(double Seconds, double PeakMegabytes)> BriefInChildAsync(string list)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-f", "peak-kb %M", "dotnet", Path.Combine(AppContext.BaseDirectory, "chorus.dll"), "brief", list, "--allow-private", "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        var peakLine = errors.Split('\n').Last(l => l.StartsWith("peak-kb ", StringComparison.Ordinal));
        return (clock.Elapsed.TotalSeconds, double.Parse(peakLine[8..], CultureInfo.InvariantCulture) / 1024);
    }
}
