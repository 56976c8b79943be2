using Concord.Web.Hosting;

namespace Concord.Web.Api;

/// <summary>The JSON API: one endpoint per CLI command, named after it, with the command's options as query parameters.</summary>
/// <remarks>A new command's endpoint is one file in this folder with a <c>MapX</c> extension, added to the list here.</remarks>
public static class ApiRoutes
{
    public const string CachePolicy = "api";

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RejectUnknownParameters().CacheOutput(CachePolicy);
        api.MapStates();
        api.MapIssues();
        api.MapStatus();
        api.MapAgree();
        api.MapSimilar();
        api.MapDiverge();
        api.MapShow();
        api.MapVetoes();
        api.MapSc();
        api.MapMembers();
        api.MapBrief();
        api.MapEvents();
        api.MapIdeal();
    }
}
