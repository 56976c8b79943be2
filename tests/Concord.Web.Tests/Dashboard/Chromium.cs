using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>Debian's headless Chromium driven by Playwright: no browser download, the system's own build.</summary>
/// <remarks>CI installs the <c>chromium</c> package when it is missing (.ci/run), so these tests never skip; without it they fail.</remarks>
public sealed class Chromium : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CONCORD_CHROMIUM") ?? DefaultPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Headless Chromium is expected at {path} (Debian package 'chromium'; .ci/run installs it).", path);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
