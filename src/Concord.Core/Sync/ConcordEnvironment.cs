namespace Concord.Sync;

/// <summary>What Concord takes from the process's environment: <c>CONCORD_DATA</c>, <c>CONCORD_DB</c>,
/// <c>XDG_DATA_HOME</c>, the home folder and the working folder. The shells read it once (<see cref="OfProcess"/>);
/// the rest of Core is handed it, so tests can give any environment without setting variables.</summary>
public sealed record ConcordEnvironment(string? Data, string? Database, string? XdgDataHome, string Home, string WorkingDirectory)
{
    /// <summary>This process's environment: the one place Concord reads its environment variables, here so that the
    /// CLI and the server share it without either reaching into the other.</summary>
    public static ConcordEnvironment OfProcess() => new(
        Environment.GetEnvironmentVariable("CONCORD_DATA"),
        Environment.GetEnvironmentVariable("CONCORD_DB"),
        Environment.GetEnvironmentVariable("XDG_DATA_HOME"),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        Directory.GetCurrentDirectory());
}
