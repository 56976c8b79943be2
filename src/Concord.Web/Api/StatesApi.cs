using Concord.Domain;
using Concord.States;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/states?q=</c>: states with votes on record whose code, name or alias matches, for the dashboard's picker.</summary>
/// <remarks>An alias from the registry ("UK", "Britain", "America", "Russia") finds its state first, as a code does.</remarks>
public static class StatesApi
{
    public sealed record StateMatch(string Code, string Name);

    public static RouteHandlerBuilder MapStates(this RouteGroupBuilder api) => api.MapMethods("/states", ApiRoutes.Read, Search);

    public static Ok<IReadOnlyList<StateMatch>> Search(HttpContext http, [FromQuery(Name = "q")] string? q, [FromQuery(Name = "limit")] string? limit)
    {
        var record = http.Record();
        var args = QuestionArgs.Of(("q", q), ("limit", limit));
        var text = args.Text("q", 60) ?? "";
        var max = args.Int("limit", 20, 1, 300);
        var ga = record.Matrix(Forum.GeneralAssembly, mergePredecessors: false);
        var aliased = text.Length > 0 && StateRegistry.Default.TryFind(text, out var byAlias) ? byAlias.Code : null;
        var matches = StateRegistry.Default.States
            .Where(s => ga.TryRowOf(s.Code, out _))
            .Select(s => (State: s, Rank: s.Code == aliased ? 0 : Rank(s, text)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank).ThenBy(x => x.State.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => new StateMatch(x.State.Code, x.State.Name))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<StateMatch>>(matches);
    }

    /// <summary>0 exact code, 1 name starts with the text, 2 code or name contains it; -1 no match. Empty text matches all.</summary>
    private static int Rank(State s, string text)
    {
        if (text.Length == 0)
        {
            return 2;
        }

        if (string.Equals(s.Code, text, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (s.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return s.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || s.Code.Contains(text, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }
}
