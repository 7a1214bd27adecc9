using Microsoft.Playwright;
using Xunit;

[assembly: AssemblyFixture(typeof(Chorus.Web.Tests.Support.SampleServer))]
[assembly: AssemblyFixture(typeof(Chorus.Web.Tests.Support.Browser))]

// Browser tests share one Chromium and one server; one collection runs them one at a time on 2 cores.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace Chorus.Web.Tests.Support;

/// <summary>One server over the shipped sample, shared by the tests that only read.</summary>
public sealed class SampleServer : IAsyncLifetime
{
    private TestServer? server;

    public TestServer Server => server ?? throw new InvalidOperationException("the sample server has not started");

    public async ValueTask InitializeAsync() => server = await TestServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

/// <summary>
/// Debian's Chromium driven by Playwright. The browser is the system one (<c>apt-get install -y chromium</c>,
/// which <c>./test.sh</c> runs); Playwright's own browser download is never used. The flags keep Chromium off
/// the network it cannot reach here.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Instance => browser ?? throw new InvalidOperationException("the browser has not started");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: the browser tests drive Debian's Chromium; run ./test.sh (it installs it) or apt-get install -y chromium");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page in its own context (no shared cookies or storage), script on or off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
