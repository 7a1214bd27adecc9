using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Chorus.Web.Hosting;

/// <summary>
/// The stylesheets, script and icon, embedded in this assembly and served under <c>/static/</c> by ASP.NET Core's
/// static file middleware. Pages link them with a content hash (<c>?v=</c>), so a browser may keep them for a year
/// and still never runs an old script against a new page.
/// </summary>
public sealed class StaticAssets
{
    public const string Prefix = "/static";

    private static readonly string[] Names = ["site.css", "brief.css", "site.js", "icon.svg"];

    private readonly Dictionary<string, string> versions;

    public StaticAssets()
    {
        Files = new EmbeddedFileProvider(typeof(StaticAssets).Assembly, "static");
        versions = Names.ToDictionary(n => n, Version, StringComparer.Ordinal);
    }

    public IFileProvider Files { get; }

    /// <summary>The address of an asset with its content hash.</summary>
    public string Url(string name) => $"{Prefix}/{name}?v={versions[name]}";

    public void Serve(IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = Files,
        RequestPath = Prefix,
        OnPrepareResponse = context =>
        {
            var versioned = context.Context.Request.Query.ContainsKey("v");
            context.Context.Response.Headers[HeaderNames.CacheControl] = versioned ? "public, max-age=31536000, immutable" : "no-cache";
        },
    });

    private string Version(string name)
    {
        var file = Files.GetFileInfo(name);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"{name} is not embedded in Chorus.Web");
        }

        using var stream = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
