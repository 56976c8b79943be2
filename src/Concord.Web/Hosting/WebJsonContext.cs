using System.Text.Json.Serialization;
using Concord.Web.Api;

namespace Concord.Web.Hosting;

/// <summary>The types the API serialises itself (a question's answer is written by <c>ResultJson</c>), compiled ahead.</summary>
/// <remarks>
/// The CLI that runs <c>serve</c> is compiled to native code, where System.Text.Json cannot inspect a type at run
/// time. The server uses only this context and ASP.NET's own for problem details, under the JIT as well, so that a
/// type missing here fails the tests rather than a user's request.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StatusApi.StatusResponse))]
[JsonSerializable(typeof(IReadOnlyList<StatesApi.StateMatch>))]
[JsonSerializable(typeof(ShapesApi.ShapesResponse))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
