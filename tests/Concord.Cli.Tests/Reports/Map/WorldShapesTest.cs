using System.Security.Cryptography;
using Concord.Domain;
using Concord.Reports.Map;

namespace Concord.Tests.Reports.Map;

/// <summary>The country shapes shipped in the build, their projection and the drawing of rings across the antimeridian.</summary>
public sealed class WorldShapesTest
{
    // A small topology, quantized (scale 1, translate 0, so each position is an offset from the one before).
    // Feature 001: a square stitched from four arcs, two used reversed (~i). Feature 002: a ring from 170°E to 170°W,
    // across the antimeridian, as Natural Earth stores Fiji and Chukotka: a jump of −340° and back.
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
         "arcs":[[[10,0],[10,0]],[[10,10],[10,0]],[[20,0],[0,10]],[[10,0],[0,10]],[[170,5],[-340,0],[0,5],[340,0],[0,-5]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","id":"001","properties":{"name":"Square"},"arcs":[[0,2,-2,-4]]},
           {"type":"Polygon","id":"002","properties":{"name":"Across"},"arcs":[[4]]}]}}}
        """;

    [Fact]
    public void TopoJson_DecodesDeltaArcs_AndReversesANegativeIndex()
    {
        // When the topology is read
        var square = TopoJson.Read(Topology, "countries")[0];

        // Then the square runs (10,0) → (20,0) → (20,10) → (10,10) → (10,0), each shared point once
        Assert.Equal("001", square.Id);
        Assert.Equal("Square", square.Name);
        Assert.Equal([(10.0, 0.0), (20.0, 0.0), (20.0, 10.0), (10.0, 10.0), (10.0, 0.0)], square.Polygons[0][0]);
    }

    [Fact]
    public void Projection_IsZeroAtTheOrigin_SymmetricAndStretchesTheEquatorToItsPublishedWidth()
    {
        Assert.Equal((0.0, 0.0), NaturalEarthProjection.Project(0, 0));
        var (east, _) = NaturalEarthProjection.Project(180, 0);
        // At the equator x = λ · 0.870700: the map is 2 · π · 0.8707 wide in radians.
        Assert.Equal(Math.PI * 0.8707, east, 12);
        Assert.Equal(NaturalEarthProjection.Project(-30, -40), (-NaturalEarthProjection.Project(30, 40).X, -NaturalEarthProjection.Project(30, 40).Y));
        Assert.True(NaturalEarthProjection.Project(0, 60).Y > NaturalEarthProjection.Project(0, 30).Y);
    }

    [Fact]
    public void ARingAcrossTheAntimeridian_IsDrawnTwice_OnceOnEachSide()
    {
        // When the two features are drawn, with codes for both
        var shapes = WorldShapes.Build(Topology, """[["AA","AAA","001","x"],["BB","BBB","002","x"]]""");

        // Then the square is one ring, and the crossing ring two (the second shifted by a full turn, clipped to the globe)
        var square = shapes.Countries.Single(c => c.Code == "AAA");
        var across = shapes.Countries.Single(c => c.Code == "BBB");
        Assert.Equal(1, square.Path.Count(ch => ch == 'M'));
        Assert.Equal(2, across.Path.Count(ch => ch == 'M'));

        // And neither copy jumps across the map: both start near an edge of the globe, one east, one west
        var starts = across.Path.Split('M', StringSplitOptions.RemoveEmptyEntries).Select(p => double.Parse(p[..p.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.True(starts[0] < WorldShapes.Width / 2 && starts[1] > WorldShapes.Width / 2, string.Join(" ", starts));

        // And its marker stands at the antimeridian, where the ring is, not at 0° where its raw longitudes average
        Assert.True(across.X > WorldShapes.Width * 0.95 || across.X < WorldShapes.Width * 0.05, $"marker at x = {across.X}");
    }

    [Fact]
    public void TheShippedShapes_AreThePackagesFiles_Unchanged()
    {
        // The checksums of src/Concord.Reports/Map/Shapes/README.md: a changed file must come from the update script.
        Assert.Equal("04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394", Sha256("countries-50m.json"));
        Assert.Equal("736d7666e943e0bca25c518e3903e2b328ce54b94662553a6472c379dbfb50aa", Sha256("iso-3166-codes.json"));
    }

    [Fact]
    public void EveryUnMemberToday_HasAShape_ButTuvalu_AndAntarcticaIsLeftOut()
    {
        // Given the shipped shapes and the members of the curated register on the day of its last update
        var shapes = WorldShapes.Default;
        var codes = shapes.Countries.Where(c => c.Code is not null).Select(c => c.Code!).ToHashSet(StringComparer.Ordinal);
        var members = MembershipRegister.Default.UnMembersOn(new DateOnly(2026, 11, 1));

        // Then all of them but Tuvalu (no shape at 1:50m) can be drawn, each code once
        Assert.Equal(193, members.Count);
        Assert.Equal(["TUV"], members.Where(m => !codes.Contains(m)));
        Assert.Equal(codes.Count, shapes.Countries.Count(c => c.Code is not null));
        Assert.DoesNotContain("ATA", codes);

        // And small island states get a marker; large states do not
        Assert.True(shapes.Countries.Single(c => c.Code == "NRU").Small);
        Assert.False(shapes.Countries.Single(c => c.Code == "RUS").Small);

        // And so do archipelagos whose islands spread over a wide box but cover almost no land, and Fiji, across the
        // antimeridian, is marked on the map's east edge
        Assert.All(new[] { "KIR", "MHL", "FSM", "TON" }, code => Assert.True(shapes.Countries.Single(c => c.Code == code).Small, code));
        Assert.InRange(shapes.Countries.Single(c => c.Code == "FJI").X, WorldShapes.Width * 0.95, WorldShapes.Width);
        Assert.InRange(shapes.Height, 300, WorldShapes.Width);
    }

    private static string Sha256(string name)
    {
        using var stream = typeof(WorldShapes).Assembly.GetManifestResourceStream($"Concord.Reports.Map.{name}")!;
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
