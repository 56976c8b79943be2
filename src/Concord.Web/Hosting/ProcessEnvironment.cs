using Concord.Sync;

namespace Concord.Web.Hosting;

/// <summary>The one place the shells read Concord's environment variables (the CLI, which hosts the server too, uses it).</summary>
public static class ProcessEnvironment
{
    public static ConcordEnvironment Read() => new(
        Environment.GetEnvironmentVariable("CONCORD_DATA"),
        Environment.GetEnvironmentVariable("CONCORD_DB"),
        Environment.GetEnvironmentVariable("XDG_DATA_HOME"),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        Directory.GetCurrentDirectory());
}
