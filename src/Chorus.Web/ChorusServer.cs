using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Chorus.Web.Api;
using Chorus.Web.Briefs;
using Chorus.Web.Feeds;
using Chorus.Web.Hosting;
using Chorus.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.WebEncoders;

namespace Chorus.Web;

/// <summary>
/// The web reader and JSON API over one store, as one ASP.NET Core (Kestrel) application: Razor pages rendered on
/// the server, the API, Atom feeds, brief downloads, static files. <c>chorus serve</c> builds it and runs it;
/// tests build it on a free loopback port.
/// </summary>
public static class ChorusServer
{
    /// <summary>
    /// Builds the server; a missing or foreign store throws <see cref="Core.Storage.StoreException"/> here, before
    /// anything listens.
    /// </summary>
    public static WebApplication Build(ServeOptions options, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pool = new StorePool(options.DbPath, options.Limits.ReadConnections);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ChorusServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.Limits.MaxOtherBodyBytes;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // The log goes to standard error, as every chorus command's messages do; standard output stays for results.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(pool);
        services.AddSingleton(_ => new StoreWriter(options.DbPath));
        services.AddSingleton<BriefService>();
        services.AddSingleton<SearchService>();
        if (options.PollFeeds)
        {
            services.AddHostedService<FeedPollingService>();
        }

        services.AddSingleton<StaticAssets>();
        services.AddMemoryCache(cache => cache.SizeLimit = options.Limits.CachedStories);
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chorus";
            document.Info.Description = "Stories, attributed briefs, articles and search over a Chorus store; writes need the API key.";
            return Task.CompletedTask;
        }));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)options.Limits.WriteWindow.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many writes",
                    detail: $"at most {options.Limits.WritesPerWindow} write requests per {options.Limits.WriteWindow.TotalSeconds:0} s from one address; try again later").ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(ApiEndpoints.WritePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Limits.WritesPerWindow, Window = options.Limits.WriteWindow, QueueLimit = 0 }));
        });

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            pool.Dispose();
        });
        app.UseChorusErrors();
        app.UseSecurityHeaders();
        app.Services.GetRequiredService<StaticAssets>().Serve(app);
        app.UseRouting();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapChorusApi(options);
        app.MapChangesApi();
        app.MapFeedsApi(options);
        app.MapOpmlImport(options);
        app.MapAtomFeeds();
        app.MapBriefDownloads();
        app.MapRazorPages();
        return app;
    }
}
