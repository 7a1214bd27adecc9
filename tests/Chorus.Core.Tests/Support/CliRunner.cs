using System.Diagnostics;
using System.Text;

namespace Chorus.Core.Tests.Support;

/// <summary>The result of running the real <c>chorus</c> executable.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes);

/// <summary>Runs the built <c>chorus</c> command as a child process, as a user would.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args) => Run(asUnprivileged: false, args);

    /// <summary>
    /// Runs <c>chorus</c> as a user without privileges: when the tests run as root (as in CI), as <c>nobody</c>
    /// through util-linux's <c>setpriv</c>, since root reads and writes files whatever their mode.
    /// </summary>
    public static CliResult RunUnprivileged(params string[] args) => Run(asUnprivileged: Environment.IsPrivilegedProcess, args);

    private static CliResult Run(bool asUnprivileged, string[] args)
    {
        var chorus = Path.Combine(AppContext.BaseDirectory, "chorus.dll");
        var start = new ProcessStartInfo(asUnprivileged ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (asUnprivileged)
        {
            foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet"])
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(chorus);
        foreach (var arg in args)
        {
            if (arg.StartsWith("../shared/", StringComparison.Ordinal))
            {
                RepoPaths.Existing(Path.GetFullPath(Path.Combine(RepoPaths.Root, arg)));
            }

            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chorus " + string.Join(' ', args) + " did not finish");
        }

        copy.Wait();
        var bytes = stdout.ToArray();
        return new CliResult(process.ExitCode, Encoding.UTF8.GetString(bytes), stderr.Result, bytes);
    }
}
