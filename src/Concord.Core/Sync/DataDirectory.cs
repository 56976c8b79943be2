namespace Concord.Sync;

/// <summary>Where Concord looks for the source files and keeps its database.</summary>
/// <remarks>
/// Data: <c>--data DIR</c>, else <c>CONCORD_DATA</c>, else <c>../shared/data</c> (from the working directory or
/// any parent of it), else the user's data folder. Database: <c>--db PATH</c>, else <c>CONCORD_DB</c>, else
/// <c>concord.duckdb</c> in the user's data folder (<c>$XDG_DATA_HOME/concord</c> or <c>~/.local/share/concord</c>).
/// The shells read the process's environment (<see cref="ConcordEnvironment"/>) and pass it in: Core reads no
/// environment variable itself, so what it does depends only on its arguments.
/// </remarks>
public static class DataDirectory
{
    /// <summary>A folder is a data directory when it holds at least one known source.</summary>
    public static bool LooksLikeData(string dir) =>
        Directory.Exists(dir) && (Directory.Exists(Path.Combine(dir, "ga")) || Directory.Exists(Path.Combine(dir, "sc")) || Directory.Exists(Path.Combine(dir, "undl")));

    public static string UserDataFolder(ConcordEnvironment environment)
    {
        var xdg = environment.XdgDataHome;
        var baseDir = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(environment.Home, ".local", "share");
        return Path.Combine(baseDir, "concord");
    }

    /// <summary>The data directory to use, and every place looked at (for the message when none is found).</summary>
    public static (string? Found, IReadOnlyList<string> Tried) Locate(string? explicitDir, ConcordEnvironment environment)
    {
        var tried = new List<string>();
        if (!string.IsNullOrEmpty(explicitDir))
        {
            tried.Add(Path.GetFullPath(explicitDir));
            return (LooksLikeData(explicitDir) ? Path.GetFullPath(explicitDir) : null, tried);
        }

        var env = environment.Data;
        if (!string.IsNullOrEmpty(env))
        {
            tried.Add(Path.GetFullPath(env));
            return (LooksLikeData(env) ? Path.GetFullPath(env) : null, tried);
        }

        for (var dir = new DirectoryInfo(environment.WorkingDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            var full = Path.GetFullPath(candidate);
            if (!tried.Contains(full))
            {
                tried.Add(full);
            }

            if (LooksLikeData(full))
            {
                return (full, tried);
            }
        }

        var user = Path.Combine(UserDataFolder(environment), "data");
        tried.Add(user);
        return (LooksLikeData(user) ? user : null, tried);
    }

    public static string DefaultDatabase(string? explicitDb, ConcordEnvironment environment)
    {
        if (!string.IsNullOrEmpty(explicitDb))
        {
            return Path.GetFullPath(explicitDb);
        }

        var env = environment.Database;
        return !string.IsNullOrEmpty(env) ? Path.GetFullPath(env) : Path.Combine(UserDataFolder(environment), "concord.duckdb");
    }
}
