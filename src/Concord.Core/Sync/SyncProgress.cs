namespace Concord.Sync;

/// <summary>A step of a sync, for a progress display. <see cref="Fraction"/> runs from 0 to 1 over the whole sync.</summary>
public readonly record struct SyncProgress(string Step, double Fraction);
