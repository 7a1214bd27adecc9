using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Chorus.Core.Tests.Storage.Postgres;

/// <summary>The tests that need a PostgreSQL server share one, and run one at a time (one of them restarts it).</summary>
[CollectionDefinition(nameof(PostgresServerGroup))]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServer>;

/// <summary>
/// A PostgreSQL server for tests: the one named by <c>CHORUS_TEST_POSTGRES</c> (a connection string), or else a
/// throw-away cluster made with <c>initdb</c> in a temporary folder and started with <c>pg_ctl</c> on a free
/// loopback port, stopped and deleted on dispose. PostgreSQL refuses to run as root, so as root the binaries run as
/// the <c>postgres</c> user. Without server binaries the tests fail saying so: they are never skipped.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "CHORUS_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? pgCtl;
    private int databases;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            var builder = new NpgsqlConnectionStringBuilder(Chorus.Core.Storage.PostgresConnection.ConnectionString(given));
            Host = builder.Host!;
            Port = builder.Port;
            User = builder.Username ?? "postgres";
            Password = builder.Password;
            AdminConnectionString = builder.ConnectionString;
            return;
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) are not on PATH or in /usr/lib/postgresql/*/bin: install Debian's postgresql package (./test.sh does) or set "
            + Variable + " to a connection string of a server the tests may create databases on");
        pgCtl = Path.Combine(bin, "pg_ctl");
        folder = Directory.CreateTempSubdirectory("chorus-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
        }

        var data = Path.Combine(folder, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres: true);
        Host = "127.0.0.1";
        Port = FreePort();
        User = "postgres";
        Run(pgCtl, ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start"], asPostgres: true);
        AdminConnectionString = $"Host={Host};Port={Port};Username={User};Database=postgres;Pooling=false";
    }

    public string Host { get; }

    public int Port { get; }

    public string User { get; }

    public string? Password { get; }

    public string AdminConnectionString { get; }

    /// <summary>A new, empty database for one test, as a keyword connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"chorus_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}", connection))
        {
            drop.ExecuteNonQuery();
        }

        using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return builder.ConnectionString;
    }

    /// <summary>The same database as a <c>postgres://</c> URI.</summary>
    public string Uri(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var secret = builder.Password is { } pw ? ":" + System.Uri.EscapeDataString(pw) : "";
        return $"postgres://{System.Uri.EscapeDataString(builder.Username ?? "postgres")}{secret}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Restarts the server (fast shutdown: every session is ended), waiting until it accepts connections again.</summary>
    public void Restart()
    {
        if (pgCtl is null)
        {
            throw new InvalidOperationException($"the server named by {Variable} is not this fixture's to restart");
        }

        Run(pgCtl, ["-D", Path.Combine(folder!, "data"), "-m", "fast", "-w", "-t", "60", "restart"], asPostgres: true);
    }

    public void Dispose()
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Run(pgCtl!, ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], asPostgres: true);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
            : [];
        return onPath.Concat(installed).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] args, bool asPostgres)
    {
        var viaRunuser = asPostgres && Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(viaRunuser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (viaRunuser)
        {
            foreach (var arg in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        // pg_ctl start leaves the server holding the pipes' write ends: read to the exit, not to the end of output.
        var stderr = process.StandardError.ReadLineAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed with exit code {process.ExitCode}: {(stderr.IsCompleted ? stderr.Result : "")}");
        }
    }
}
