using System.Text.Json;

namespace Concord.Reports.Map;

/// <summary>
/// Reads the polygons of one geometry collection of a TopoJSON topology (the format of the <c>world-atlas</c>
/// package): arcs are delta-encoded integer positions scaled by the topology's transform, and each ring of a
/// polygon is a list of arc indices, a negative index <c>~i</c> meaning arc <c>i</c> reversed.
/// </summary>
/// <remarks>See the TopoJSON specification, sections 2.1.2 (transforms) and 2.2.5 (arc indexes).</remarks>
public static class TopoJson
{
    /// <summary>One feature: its identifier and name (either may be absent) and its polygons; a polygon is a list of
    /// rings (the first outer, the rest holes), a ring a list of (longitude, latitude) in degrees.</summary>
    public sealed record Feature(string? Id, string? Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);

    public static IReadOnlyList<Feature> Read(string json, string collection)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var arcs = ReadArcs(root);
        if (!root.GetProperty("objects").TryGetProperty(collection, out var objects))
        {
            throw new InvalidDataException($"TopoJSON: no object '{collection}'.");
        }

        var features = new List<Feature>();
        foreach (var g in objects.GetProperty("geometries").EnumerateArray())
        {
            var id = g.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            var name = g.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n) ? n.GetString() : null;
            var type = g.GetProperty("type").GetString();
            var polygons = new List<IReadOnlyList<IReadOnlyList<(double, double)>>>();
            switch (type)
            {
                case "Polygon":
                    polygons.Add(Polygon(g.GetProperty("arcs"), arcs));
                    break;
                case "MultiPolygon":
                    foreach (var p in g.GetProperty("arcs").EnumerateArray())
                    {
                        polygons.Add(Polygon(p, arcs));
                    }

                    break;
                default:
                    // A null geometry (a feature with no shape at this scale) or a type a country map has no use for.
                    break;
            }

            features.Add(new Feature(id, name, polygons));
        }

        return features;
    }

    private static List<(double Lon, double Lat)[]> ReadArcs(JsonElement root)
    {
        var (sx, sy, tx, ty) = (1.0, 1.0, 0.0, 0.0);
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }

        var arcs = new List<(double, double)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var p in arc.EnumerateArray())
            {
                // Quantized arcs are delta-encoded: each position is an offset from the previous one.
                if (quantized)
                {
                    x += p[0].GetDouble();
                    y += p[1].GetDouble();
                    points[i++] = ((x * sx) + tx, (y * sy) + ty);
                }
                else
                {
                    points[i++] = (p[0].GetDouble(), p[1].GetDouble());
                }
            }

            arcs.Add(points);
        }

        return arcs;
    }

    private static List<IReadOnlyList<(double, double)>> Polygon(JsonElement rings, List<(double Lon, double Lat)[]> arcs)
    {
        var polygon = new List<IReadOnlyList<(double, double)>>();
        foreach (var ring in rings.EnumerateArray())
        {
            var points = new List<(double, double)>();
            foreach (var index in ring.EnumerateArray())
            {
                var k = index.GetInt32();
                var arc = arcs[k < 0 ? ~k : k];
                var start = points.Count == 0 ? 0 : 1; // consecutive arcs share their joining position
                for (var j = start; j < arc.Length; j++)
                {
                    points.Add(k < 0 ? arc[arc.Length - 1 - j] : arc[j]);
                }
            }

            polygon.Add(points);
        }

        return polygon;
    }
}
