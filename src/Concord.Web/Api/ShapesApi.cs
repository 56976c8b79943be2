using Concord.Reports.Map;
using Concord.Web.Hosting;

namespace Concord.Web.Api;

/// <summary>
/// <c>/api/shapes</c>: the world's country shapes, projected and ready to draw, with the colour classes of the map of
/// where states stand between two (the same <see cref="WorldShapes"/> and <see cref="LeanScale"/> as the brief's map),
/// so that the dashboard colours each shape from <c>/api/between</c> exactly as the brief does.
/// </summary>
public static class ShapesApi
{
    public sealed record Shape(string? Code, string Name, string Path, double X, double Y, bool Small);

    /// <param name="From">Lower bound of the class (null: no bound).</param>
    /// <param name="To">Upper bound, excluded (null: no bound).</param>
    public sealed record ShapeClass(double? From, double? To, string Colour, string Label);

    public sealed record Colours(string A, string B, string TooFew, string Absent, string NoSeat, string Sea);

    public sealed record ShapesResponse(double Width, double Height, string Outline, IReadOnlyList<Shape> Shapes, IReadOnlyList<ShapeClass> Classes, Colours Colours, string Source);

    private static readonly Lazy<ShapesResponse> s_response = new(Build);

    public static RouteHandlerBuilder MapShapes(this RouteGroupBuilder api) => api.MapMethods("/shapes", ApiRoutes.Read, () => TypedResults.Ok(s_response.Value));

    private static ShapesResponse Build()
    {
        var shapes = WorldShapes.Default;
        static double? Bound(double v) => double.IsInfinity(v) ? null : v;
        return new ShapesResponse(
            WorldShapes.Width,
            Math.Round(shapes.Height, 1),
            shapes.Outline,
            [.. shapes.Countries.Select(s => new Shape(s.Code, s.Name, s.Path, s.X, s.Y, s.Small))],
            [.. LeanScale.Classes.Select(c => new ShapeClass(Bound(c.From), Bound(c.To), c.Colour, c.Label))],
            new Colours(LeanScale.AColour, LeanScale.BColour, LeanScale.TooFewColour, LeanScale.AbsentColour, LeanScale.NoSeatColour, LeanScale.SeaColour),
            "Natural Earth 1:50m country boundaries (world-atlas 2.0.2), Natural Earth projection");
    }
}
