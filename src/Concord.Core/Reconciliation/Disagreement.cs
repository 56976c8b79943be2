using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Two sources that record the same decision differently. Reported, never silently resolved.</summary>
/// <remarks><see cref="Kept"/> is the value in the database: the one from the source with the higher precedence.</remarks>
public sealed record Disagreement(
    string DecisionKey,
    string? Symbol,
    string Field,
    string? State,
    SourceId SourceA,
    string ValueA,
    string FileA,
    long LineA,
    SourceId SourceB,
    string ValueB,
    string FileB,
    long LineB,
    string Kept);
