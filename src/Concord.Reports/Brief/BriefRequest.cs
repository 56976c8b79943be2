using Concord.Domain;
using Concord.States;

namespace Concord.Reports.Brief;

/// <summary>What a brief is asked for, read and checked once for <c>concord brief</c> and <c>/api/brief</c>.</summary>
/// <param name="Reference">A third state shown for comparison.</param>
public sealed record BriefRequest(State A, State B, State Reference, int From, int To)
{
    public static readonly IReadOnlyList<ParameterSpec> Parameters =
    [
        new("a", "First state (default CHN).", Positional: true),
        new("b", "Second state (default RUS).", Positional: true),
        new("from", "First year (default 1992)."),
        new("to", "Last year (default: the last year on record)."),
        new("reference", "A third state shown for reference (default USA)."),
    ];

    public static BriefRequest Read(QueryArgs args, RecordSource record)
    {
        var a = args.OptionalState("a") ?? StateRegistry.Default["CHN"];
        var b = args.OptionalState("b") ?? StateRegistry.Default["RUS"];
        var reference = args.OptionalState("reference") ?? StateRegistry.Default["USA"];
        QueryArgs.Different(a, b);

        var (from, to) = args.Years(record);
        // The brief is about the Assembly seat (predecessors merged): a state whose seat passed to another (the USSR's
        // to Russia, Yugoslavia's to Serbia) has no row of its own, which is the caller's mistake.
        var ga = record.Matrix(Forum.GeneralAssembly, mergePredecessors: true);
        foreach (var (state, name) in new[] { (a, "a"), (b, "b"), (reference, "reference") })
        {
            if (!ga.TryRowOf(state.Code, out _))
            {
                throw new QueryRefusal(name, $"'{name}': {state.Code} ({state.Name}) has no recorded votes of its own in the General Assembly (a seat that passed to a successor is counted under the successor).");
            }
        }

        var first = from ?? 1992;
        var last = to ?? record.LastYear;
        if (first > last)
        {
            throw new QueryRefusal("from", $"'from' ({first}) is after 'to' ({last}).");
        }

        return new BriefRequest(a, b, reference, first, last);
    }
}
