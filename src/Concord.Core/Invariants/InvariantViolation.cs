using Concord.Sources;

namespace Concord.Invariants;

/// <summary>One statement of a source that broke an invariant, and what was done about it.</summary>
/// <param name="DecisionKey">The reconciled decision it concerns.</param>
/// <param name="State">The member concerned, where the violation is one member's vote.</param>
/// <param name="Source">The source whose statement broke the invariant, with its file and line.</param>
/// <param name="Detail">What was wrong, in words a reader can check against the file.</param>
/// <param name="How">How it was repaired, quarantined or explained.</param>
public sealed record InvariantViolation(
    InvariantClass Class,
    string DecisionKey,
    string? Symbol,
    string? State,
    SourceId Source,
    string File,
    long Line,
    string Detail,
    ViolationOutcome Outcome,
    string How);
