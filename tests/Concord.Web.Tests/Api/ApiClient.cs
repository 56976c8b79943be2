using System.Net;
using System.Text.Json;

namespace Concord.Tests.Api;

/// <summary>GETs on the in-process app, parsed as JSON.</summary>
internal static class ApiClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> Get(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return (response.StatusCode, doc.RootElement.Clone(), response);
    }
}
