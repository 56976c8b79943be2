using Concord.States;

namespace Concord.Web.Api;

/// <summary>A state as the API names it: code, name, and the predecessors whose votes count as its own.</summary>
public sealed record StateRef(string Code, string Name, IReadOnlyList<string> Predecessors)
{
    public static StateRef Of(State state, bool mergePredecessors) => new(
        state.Code,
        state.Name,
        mergePredecessors
            ? StateRegistry.Default.SeatPredecessors(state.Code).Select(p => $"{p.Predecessor} before {p.From:yyyy-MM-dd}").ToList()
            : []);
}
