using Concord.Web;
using Microsoft.AspNetCore.Builder;

namespace Concord.Tests.Dashboard;

/// <summary>The app on a real Kestrel port (127.0.0.1, a free port), as <c>concord serve</c> runs it, for a real browser.</summary>
public sealed class LiveServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = ConcordServer.Create(["--urls=http://127.0.0.1:0", "--Concord:Database=" + RealDataDatabase.Instance.Path, "--environment=Production"]);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
