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
                foreach (var (key, values) in context.HttpContext.Request.Query)
                {
                    if (!known.Contains(key))
                    {
                        var shown = key.Length > 40 ? key[..40] + "…" : key;
                        throw new QueryRefusal(shown, $"Unknown parameter '{shown}'. This endpoint takes: {(list.Length == 0 ? "no parameters" : list)}.");
                    }

                    if (values.Count > 1)
                    {
                        throw new QueryRefusal(key, $"'{key}' is given more than once.");
                    }
                }

                return next(context);
            };
        });
}
