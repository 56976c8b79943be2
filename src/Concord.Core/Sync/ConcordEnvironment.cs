namespace Concord.Sync;

/// <summary>What Concord takes from the process's environment: <c>CONCORD_DATA</c>, <c>CONCORD_DB</c>,
/// <c>XDG_DATA_HOME</c>, the home folder and the working folder. The shells read it (<c>ProcessEnvironment</c>);
/// Core is handed it, so tests can give any environment without setting variables.</summary>
public sealed record ConcordEnvironment(string? Data, string? Database, string? XdgDataHome, string Home, string WorkingDirectory);
