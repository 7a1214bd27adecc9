using System.Collections.Concurrent;
using Chorus.Core.Documents;
using Chorus.Core.Inputs;
using Chorus.Core.Pipeline;
using Chorus.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chorus.Web.Tests.Support;

/// <summary>
/// The real server (<see cref="ChorusServer"/>, Kestrel) on a free loopback port over a temporary store, with the
/// log it writes kept for inspection. Articles can be ingested beside it as <c>chorus ingest</c> would, from
/// another connection.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Key = "test-key-7f3a9c";

    private readonly WebApplication app;

    private TestServer(string folder, string db, WebApplication app, LogCollector logs)
    {
        Folder = folder;
        Db = db;
        this.app = app;
        Logs = logs;
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(Url) };
    }

    public string Folder { get; }

    public string Db { get; }

    public string Url { get; }

    public HttpClient Client { get; }

    public LogCollector Logs { get; }

    /// <summary>A server over a store holding the shipped sample (or nothing), with the given key and limits.</summary>
    public static async Task<TestServer> StartAsync(bool withSample = true, string? key = Key, ServeLimits? limits = null, Func<ServeOptions, ServeOptions>? adjust = null)
    {
        var folder = Directory.CreateTempSubdirectory("chorus-web-").FullName;
        var db = Path.Combine(folder, "chorus.db");
        using (var store = SqliteStoryStore.Open(db))
        {
            if (withSample)
            {
                Ingest(store, InputLoader.Load([Repo.Sample]).Documents);
            }
        }

        var logs = new LogCollector();
        var options = new ServeOptions { DbPath = db, Urls = "http://127.0.0.1:0", ApiKey = key, Limits = limits ?? new ServeLimits() };
        var app = ChorusServer.Build(
            adjust?.Invoke(options) ?? options,
            logging => logging.ClearProviders().AddProvider(logs));
        await app.StartAsync();
        return new TestServer(folder, db, app, logs);
    }

    /// <summary>Ingests documents into the server's store from another connection, as a <c>chorus ingest</c> beside it would.</summary>
    public void IngestBeside(IReadOnlyList<RawDocument> documents)
    {
        using var store = SqliteStoryStore.Open(Db);
        Ingest(store, documents);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    private static void Ingest(SqliteStoryStore store, IReadOnlyList<RawDocument> documents)
    {
        var run = new IngestPipeline(store, ["test"]);
        run.IngestBatch(documents);
        run.Finish();
    }
}

/// <summary>Every log line the server writes, with the exception text when there is one.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
