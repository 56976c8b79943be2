namespace Concord.Sync;

/// <summary>What a sync built: counts and time, for the message and the benchmark.</summary>
public sealed record SyncResult(string Database, int Decisions, long Votes, int Disagreements, long RowsRead, TimeSpan Elapsed)
{
    /// <summary>Sources missing or shrunk that the sync was told to accept (<c>--allow-missing</c>); empty otherwise.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
