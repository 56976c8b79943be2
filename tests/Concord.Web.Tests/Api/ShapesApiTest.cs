using System.Net;
using Concord.Reports.Map;

namespace Concord.Tests.Api;

/// <summary>/api/shapes: the brief's shapes and colour classes, for the dashboard's map.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ShapesApiTest(WebAppFixture app)
{
    [Fact]
    public async Task Shapes_AreTheBriefsShapes_AndClasses()
    {
        // When the shapes are asked for
        var (status, json, _) = await app.CreateClient().Get("/api/shapes");

        // Then they are the shapes the brief draws, with the same paths, and the brief's classes in order
        Assert.Equal(HttpStatusCode.OK, status);
        var shapes = json.GetProperty("shapes").EnumerateArray().ToList();
        Assert.Equal(WorldShapes.Default.Countries.Count, shapes.Count);
        var russia = shapes.Single(s => s.GetProperty("code").GetString() == "RUS");
        Assert.Equal(WorldShapes.Default.Countries.Single(c => c.Code == "RUS").Path, russia.GetProperty("path").GetString());
        var classes = json.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("colour").GetString()).ToList();
        Assert.Equal(LeanScale.Classes.Select(c => c.Colour), classes);
        Assert.Equal(LeanScale.AbsentColour, json.GetProperty("colours").GetProperty("absent").GetString());

        // And the open-ended classes have no bound on their open side (JSON has no infinity)
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("classes")[0].GetProperty("to").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("classes")[LeanScale.Classes.Count - 1].GetProperty("from").ValueKind);
    }

    [Fact]
    public async Task Shapes_RefusesAParameter()
    {
        var (status, _, _) = await app.CreateClient().Get("/api/shapes?year=2024");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
