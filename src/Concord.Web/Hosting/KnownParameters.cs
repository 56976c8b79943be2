using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Hosting;

/// <summary>Refuses query parameters an endpoint does not take, and parameters given twice, with 400.</summary>
/// <remarks>
/// The known names are read once, when the endpoint is built, from the handler's <c>[FromQuery]</c> parameters: the
/// handler's signature is the one list of what an endpoint accepts. A misspelt option (<c>form=</c> for
/// <c>from=</c>) would otherwise be ignored silently and the answer would look right but be for another question.
/// </remarks>
public static class KnownParameters
{
    public static TBuilder RejectUnknownParameters<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var known = factory.MethodInfo.GetParameters()
                .Select(p => p.GetCustomAttribute<FromQueryAttribute>() is { } q ? q.Name ?? p.Name : null)
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            var list = string.Join(", ", known.Order(StringComparer.Ordinal));
            return context =>
            {
                Check(context.HttpContext.Request.Query, known, list);
                return next(context);
            };
        });

    /// <summary>Refuses a parameter not in <paramref name="known"/> and one given twice; else the values by name.</summary>
    /// <remarks>The one rule for every endpoint: this filter's and the questions' (<see cref="QuestionEndpoint"/>).</remarks>
    public static Dictionary<string, string?> Check(IQueryCollection query, IReadOnlySet<string> known, string list)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in query)
        {
            if (!known.Contains(key))
            {
                var shown = QuestionArgs.Echo(key);
                throw new QuestionRefusal(shown, $"Unknown parameter '{shown}'. This endpoint takes: {(list.Length == 0 ? "no parameters" : list)}.");
            }

            if (value.Count > 1)
            {
                throw new QuestionRefusal(key, $"'{key}' is given more than once.");
            }

            values[key] = value.ToString();
        }

        return values;
    }
}
