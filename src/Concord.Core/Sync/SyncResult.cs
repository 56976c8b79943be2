namespace Concord.Sync;

/// <summary>What a sync built: counts and time, for the message and the benchmark.</summary>
public sealed record SyncResult(string Database, int Decisions, long Votes, int Disagreements, long RowsRead, TimeSpan Elapsed)
{
    /// <summary>Sources missing or shrunk that the sync was told to accept (<c>--allow-missing</c>); empty otherwise.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the database had been built from the same inputs and was left as it was (<see cref="SyncInputs"/>).</summary>
    public bool UpToDate { get; init; }

    /// <summary>The General Debate speeches, when the data folder holds the corpus.</summary>
    public SpeechSyncSummary? Speeches { get; init; }
}

/// <summary>The speeches' part of a sync.</summary>
/// <param name="Reused">True when the corpus file had not changed and the index was carried over, not rebuilt.</param>
/// <param name="IndexSeconds">Reading and indexing time (0 when carried over).</param>
public sealed record SpeechSyncSummary(int Speeches, bool Reused, double IndexSeconds);
