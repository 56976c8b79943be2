using Concord.Questions.Catalog;
using Concord.Web.Hosting;

namespace Concord.Web.Api;

/// <summary>The JSON API: one endpoint per CLI command, named after it, with the command's options as query parameters.</summary>
/// <remarks>A question (<see cref="Questions"/>) is mapped by <see cref="QuestionEndpoint"/>; the endpoints left here are
/// not questions of the record's analyses (the state search, the status, the brief, the map's shapes).</remarks>
public static class ApiRoutes
{
    public const string CachePolicy = "api";

    /// <summary>The methods every endpoint answers: GET, and HEAD (the same headers, no body), as HTTP asks of a GET resource.</summary>
    public static readonly string[] Read = [HttpMethods.Get, HttpMethods.Head];

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").CacheOutput(CachePolicy);
        foreach (var question in QuestionCatalog.All)
        {
            api.MapQuestion(question);
        }

        api.MapStates().RejectUnknownParameters();
        api.MapStatus().RejectUnknownParameters();
        api.MapBrief().RejectUnknownParameters();
        api.MapShapes().RejectUnknownParameters();
    }
}
