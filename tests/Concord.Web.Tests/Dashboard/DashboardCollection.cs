namespace Concord.Tests.Dashboard;

/// <summary>The browser tests share one live server and one Chromium and run one class at a time: two servers loading the
/// record side by side on a small machine made the first page loads outlast the browser's timeout.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<LiveServer>, ICollectionFixture<Chromium>
{
    public const string Name = "Dashboard";
}
