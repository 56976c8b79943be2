using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concord.Tests;

/// <summary>The real web app, in process, over the real-data database: one per test run, shared by the API tests.</summary>
public sealed class WebAppFixture : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = RealDataDatabase.Instance.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: what a user runs, so the tests see what a client would (no developer exception page).
        builder.UseEnvironment("Production");
        builder.UseSetting("Concord:Database", DatabasePath);
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web app";
}
