using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Concord.Reports.Map;

/// <summary>One country shape ready to draw: its ISO alpha-3 code (null for an area Natural Earth gives no code, such
/// as Somaliland), its Natural Earth name, its SVG path in map pixels, and a point to mark it by.</summary>
/// <param name="Small">Too small to see or point at on the map (most island states): draw a marker at (X, Y) too.</param>
public sealed record CountryShape(string? Code, string Name, string Path, double X, double Y, bool Small);

/// <summary>
/// The world's country shapes (Natural Earth 1:50m, from the <c>world-atlas</c> package shipped in the build),
/// projected once with the Natural Earth projection onto a map <see cref="Width"/> pixels wide, from 84°N to 58°S
/// (Antarctica left out: it has no seat).
/// </summary>
/// <remarks>
/// A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is unwrapped so that its longitudes run on without
/// a 360° jump, and drawn twice, once shifted by a full turn; the <see cref="Outline"/> clips both copies to the
/// globe, so each side shows its half without a stripe across the map.
/// </remarks>
public sealed class WorldShapes
{
    public const double Width = 960;
    private const double North = 84;
    private const double South = -58;

    /// <summary>Shapes whose land covers less than this (square pixels) get a marker: an island state is too small to
    /// see or point at even when its islands spread over a wide box (Kiribati, the Marshall Islands).</summary>
    private const double SmallArea = 12;

    private static readonly Lazy<WorldShapes> s_default = new(() => Build(Resource("countries-50m.json"), Resource("iso-3166-codes.json")));

    private readonly double _scale;
    private readonly double _top;

    private WorldShapes(double scale, double top, double height, IReadOnlyList<CountryShape> countries)
    {
        _scale = scale;
        _top = top;
        Height = height;
        Countries = countries;
        Outline = BuildOutline();
    }

    /// <summary>The shapes shipped in the build.</summary>
    public static WorldShapes Default => s_default.Value;

    public double Height { get; }

    /// <summary>The globe's edge (the projected ±180° meridians) as an SVG path: the sea, and the clip for shapes.</summary>
    public string Outline { get; }

    /// <summary>Every shape, one per code (a code's separate features joined), codeless areas one per feature.</summary>
    public IReadOnlyList<CountryShape> Countries { get; }

    public static WorldShapes Build(string topoJson, string isoCodesJson)
    {
        var alpha3 = NumericToAlpha3(isoCodesJson);
        var (xMax, _) = NaturalEarthProjection.Project(180, 0);
        var scale = Width / (2 * xMax);
        var top = NaturalEarthProjection.Project(0, North).Y * scale;
        var height = top - (NaturalEarthProjection.Project(0, South).Y * scale);

        var groups = new List<(string? Code, string Name, List<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons)>();
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in TopoJson.Read(topoJson, "countries"))
        {
            var code = f.Id is { } id && alpha3.TryGetValue(id, out var c) ? c : null;
            if (code == "ATA" || f.Polygons.Count == 0)
            {
                continue;
            }

            if (code is not null && byCode.TryGetValue(code, out var at))
            {
                groups[at].Polygons.AddRange(f.Polygons);
                continue;
            }

            if (code is not null)
            {
                byCode[code] = groups.Count;
            }

            groups.Add((code, f.Name ?? code ?? "unnamed", [.. f.Polygons]));
        }

        var countries = new List<CountryShape>(groups.Count);
        foreach (var (code, name, polygons) in groups)
        {
            countries.Add(Draw(code, name, polygons, scale, top));
        }

        return new WorldShapes(scale, top, height, countries);
    }

    /// <summary>Map pixels of a longitude and latitude.</summary>
    private (double X, double Y) ToPixels(double lon, double lat) => Pixel(lon, lat, _scale, _top);

    private static (double X, double Y) Pixel(double lon, double lat, double scale, double top)
    {
        var (x, y) = NaturalEarthProjection.Project(lon, lat);
        return ((Width / 2) + (x * scale), top - (y * scale));
    }

    private static CountryShape Draw(string? code, string name, List<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> polygons, double scale, double top)
    {
        var rings = new List<List<(double X, double Y)>>();
        var land = 0.0;
        // The marker goes on the largest polygon (mainland France, not French Guiana).
        var (bestArea, mark) = (-1.0, (X: 0.0, Y: 0.0));
        foreach (var polygon in polygons)
        {
            var unwrapped = polygon.Select(Unwrap).ToList();
            var outer = new List<(double X, double Y)>();
            foreach (var shift in Shifts(unwrapped[0]))
            {
                foreach (var ring in unwrapped)
                {
                    var projected = ring.Select(p => Pixel(p.Lon + shift, p.Lat, scale, top)).ToList();
                    rings.Add(projected);
                    if (shift == 0 && ring == unwrapped[0])
                    {
                        outer = projected;
                    }
                }
            }

            var area = Math.Abs(PixelArea(outer));
            land += area;
            if (area > bestArea)
            {
                // The centre of the unwrapped ring, brought back within ±180°: Fiji's is east of the antimeridian, not
                // at 0° where the average of its raw longitudes (+179 and −179) would put it.
                var lon = unwrapped[0].Average(p => p.Lon);
                lon = ((((lon + 180) % 360) + 360) % 360) - 180;
                var (x, y) = Pixel(lon, unwrapped[0].Average(p => p.Lat), scale, top);
                (bestArea, mark) = (area, (Math.Round(x, 1), Math.Round(y, 1)));
            }
        }

        var small = land < SmallArea;
        return new CountryShape(code, name, PathOf(rings, small), mark.X, mark.Y, small);
    }

    /// <summary>
    /// The rings as one SVG path in relative moves, thinned: a point closer than <see cref="Tolerance"/> pixels to the
    /// last point kept is dropped, and a ring left with fewer than three points is dropped (unless the shape is
    /// small, where every ring is all there is to see). 1:50m detail is finer than a 960-pixel map can show; thinning
    /// keeps the map's SVG a few hundred kilobytes instead of more than a megabyte.
    /// </summary>
    private static string PathOf(List<List<(double X, double Y)>> rings, bool small)
    {
        var sb = new StringBuilder();
        var at = (X: 0.0, Y: 0.0); // the pen, in rounded coordinates
        var kept = new List<(double X, double Y)>();
        foreach (var ring in rings)
        {
            kept.Clear();
            foreach (var p in ring)
            {
                if (kept.Count == 0 || Distance(kept[^1], p) >= Tolerance)
                {
                    kept.Add(p);
                }
            }

            if (kept.Count < 3 && !small)
            {
                continue;
            }

            var lines = false;
            for (var i = 0; i < kept.Count; i++)
            {
                var r = (X: Math.Round(kept[i].X, 1), Y: Math.Round(kept[i].Y, 1));
                if (i == 0)
                {
                    sb.Append('M').Append(Number(r.X)).Append(',').Append(Number(r.Y));
                }
                else
                {
                    var (dx, dy) = (Math.Round(r.X - at.X, 1), Math.Round(r.Y - at.Y, 1));
                    if (dx == 0 && dy == 0)
                    {
                        continue;
                    }

                    sb.Append(!lines ? "l" : dx < 0 ? "" : " ").Append(Number(dx)).Append(dy < 0 ? "" : ",").Append(Number(dy));
                    lines = true;
                }

                at = r;
            }

            sb.Append('z');
        }

        return sb.ToString();
    }

    private const double Tolerance = 0.7;

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    /// <summary>A coordinate as SVG reads it: invariant culture, no trailing zero, no leading zero before the point.</summary>
    private static string Number(double v)
    {
        var s = v.ToString("0.#", CultureInfo.InvariantCulture);
        return s.StartsWith("0.", StringComparison.Ordinal) ? s[1..] : s.StartsWith("-0.", StringComparison.Ordinal) ? "-" + s[2..] : s;
    }

    /// <summary>The shifts (0, and ±360 when the unwrapped ring runs past the antimeridian) at which a ring is drawn.</summary>
    private static double[] Shifts(List<(double Lon, double Lat)> unwrapped)
    {
        var min = unwrapped.Min(p => p.Lon);
        var max = unwrapped.Max(p => p.Lon);
        return max > 180 ? [0, -360] : min < -180 ? [0, 360] : [0];
    }

    /// <summary>The ring with each longitude moved by whole turns to within 180° of the one before it.</summary>
    private static List<(double Lon, double Lat)> Unwrap(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        var result = new List<(double Lon, double Lat)>(ring.Count);
        var offset = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                var step = ring[i].Lon - ring[i - 1].Lon;
                offset += step > 180 ? -360 : step < -180 ? 360 : 0;
            }

            result.Add((ring[i].Lon + offset, ring[i].Lat));
        }

        return result;
    }

    /// <summary>The area a projected ring encloses, in square pixels (shoelace formula; the sign gives the winding).</summary>
    private static double PixelArea(List<(double X, double Y)> ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (x1, y1) = ring[i];
            var (x2, y2) = ring[(i + 1) % ring.Count];
            sum += (x1 * y2) - (x2 * y1);
        }

        return sum / 2;
    }

    private string BuildOutline()
    {
        var edge = Enumerable.Range(-90, 181).Select(lat => ToPixels(180, lat))
            .Concat(Enumerable.Range(-90, 181).Reverse().Select(lat => ToPixels(-180, lat)))
            .ToList();
        return PathOf([edge], small: false);
    }

    private static Dictionary<string, string> NumericToAlpha3(string json)
    {
        // codes.json of i18n-iso-countries: [["AF", "AFG", "004", "ISO 3166-2:AF"], ...].
        using var doc = JsonDocument.Parse(json);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            map[row[2].GetString()!] = row[1].GetString()!;
        }

        return map;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Concord.Reports.Map.{name}")
            ?? throw new InvalidOperationException($"The build has no embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
