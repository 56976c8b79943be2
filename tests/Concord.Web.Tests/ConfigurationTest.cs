using Concord.Store;
using Concord.Web;

namespace Concord.Tests;

/// <summary>The server's configuration comes from its command line only; binding beyond loopback is named for a warning.</summary>
public sealed class ConfigurationTest
{
    [Fact]
    public void AnAppSettingsFileBesideTheServer_DoesNotRebindIt()
    {
        // Given an appsettings.json in the server's content root asking for every interface and another database
        var settings = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        File.WriteAllText(settings, """{ "Urls": "http://0.0.0.0:5999", "Kestrel": { "Endpoints": { "All": { "Url": "http://0.0.0.0:5998" } } }, "Concord": { "Database": "/elsewhere.duckdb" } }""");
        try
        {
            // When the app is built over the test database with no command-line settings
            using var app = ConcordServer.Create([], _ => ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));

            // Then none of the file's settings is seen
            Assert.Null(app.Configuration["Urls"]);
            Assert.Null(app.Configuration["Kestrel:Endpoints:All:Url"]);
            Assert.Null(app.Configuration["Concord:Database"]);
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public void TheCommandLine_StillConfiguresIt()
    {
        // Given --urls on the command line (what `concord serve --urls` passes)
        using var app = ConcordServer.Create(["--urls=http://127.0.0.1:5997"], _ => ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));

        // Then it is seen
        Assert.Equal("http://127.0.0.1:5997", app.Configuration["urls"]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("http://localhost:5080", false)]
    [InlineData("http://[::1]:5080", false)]
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://+:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://192.168.1.20:5080", true)]
    [InlineData("http://[::]:5080", true)]
    public void BeyondLoopback_NamesTheAddressesOthersCanReach(string url, bool reachable)
    {
        Assert.Equal(reachable, ConcordServer.BeyondLoopback([url]).Count == 1);
    }
}
