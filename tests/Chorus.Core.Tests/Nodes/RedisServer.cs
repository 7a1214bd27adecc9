using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chorus.Core.Tests.Nodes;

/// <summary>
/// A throwaway <c>redis-server</c> (Debian's; test.sh installs it) on a free loopback port, keeping nothing on
/// disk, in a temporary folder; stopped and removed on dispose.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process process;
    private readonly string folder = Directory.CreateTempSubdirectory("chorus-redis-").FullName;

    public RedisServer()
    {
        const string binary = "/usr/bin/redis-server";
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"{binary} is missing: install Debian's redis-server (test.sh does)");
        }

        Port = FreePort();
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (var arg in (string[])["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "no"])
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        WaitForPort(Port, TimeSpan.FromSeconds(10));
    }

    public int Port { get; }

    public string Url => $"redis://127.0.0.1:{Port}";

    /// <summary>A loopback port nothing listens on now (the OS picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static void WaitForPort(int port, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (clock.Elapsed < limit)
            {
                Thread.Sleep(50);
            }
        }
    }
}
