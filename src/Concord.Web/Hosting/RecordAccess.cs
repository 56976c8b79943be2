using Microsoft.AspNetCore.OutputCaching;

namespace Concord.Web.Hosting;

/// <summary>The record an API request reads: the one its lease holds (taken when the request began).</summary>
public static class RecordAccess
{
    public static LoadedRecord Record(this HttpContext http) =>
        (http.Features.Get<RecordLease>() ?? throw new InvalidOperationException("An API request has no record lease.")).Record;
}

/// <summary>Lets the output cache keep a 404 (a symbol or a state not on record) as it keeps a 200: finding that a
/// symbol is absent costs the same lookup as finding it, and a client asking again should not pay it again.</summary>
public sealed class CacheNotFound : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound && !context.HttpContext.Response.Headers.ContainsKey("Set-Cookie"))
        {
            context.AllowCacheStorage = true;
        }

        return ValueTask.CompletedTask;
    }
}
