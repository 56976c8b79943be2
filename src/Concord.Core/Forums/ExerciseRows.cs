namespace Concord.Forums;

/// <summary>What the exercise datasets gave: one event per row read, and the rows left out, each as "file:line: reason".</summary>
public sealed record ExerciseRows(IReadOnlyList<BilateralEvent> Events, IReadOnlyList<string> LeftOut)
{
    public static ExerciseRows Empty { get; } = new([], []);

    public ExerciseRows Concat(ExerciseRows other) => new([.. Events, .. other.Events], [.. LeftOut, .. other.LeftOut]);
}
