using Microsoft.Playwright;

namespace Concord.Tests.Dashboard;

/// <summary>Debian's headless Chromium driven by Playwright: no browser download, the system's own build.</summary>
/// <remarks>When the package is missing the fixture installs it with apt-get (as root; CI's .ci/run does the same), so these
/// tests never skip; where it cannot, they fail saying how to install it.</remarks>
public sealed class Chromium : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CONCORD_CHROMIUM") ?? DefaultPath;
        if (!File.Exists(path) && path == DefaultPath)
        {
            await InstallDebianChromium();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Headless Chromium is expected at {path}: install Debian's package as root (apt-get install chromium), or set CONCORD_CHROMIUM to a Chromium binary.", path);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>On a bare machine, installs the distribution's own Chromium (never a downloaded browser build), so that
    /// <c>dotnet test Concord.slnx</c> runs the browser tests as written. Only as root, where apt-get can run unattended.</summary>
    private static async Task InstallDebianChromium()
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            return;
        }

        foreach (var args in new[] { "update -q", "install -y -q --no-install-recommends chromium" })
        {
            var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/apt-get", args) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var apt = System.Diagnostics.Process.Start(start)!;
            var output = apt.StandardOutput.ReadToEndAsync();
            var errors = await apt.StandardError.ReadToEndAsync();
            await apt.WaitForExitAsync();
            await output;
            if (apt.ExitCode != 0)
            {
                throw new InvalidOperationException($"apt-get {args} failed ({apt.ExitCode}): {errors}");
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A new page on the dashboard at <paramref name="hash"/>, once it has loaded (its body says it is ready).</summary>
    public async Task<IPage> OpenDashboard(LiveServer server, string hash = "")
    {
        var page = await Browser.NewPageAsync();
        // The first load computes the record's matrices; on a busy machine that outlasts Playwright's 30 s default.
        page.SetDefaultTimeout(90_000);
        await page.GotoAsync(new Uri(server.Address, "/" + hash).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }
}
