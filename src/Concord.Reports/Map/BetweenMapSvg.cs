using System.Globalization;
using System.Net;
using System.Text;
using Concord.Reports.Text;

namespace Concord.Reports.Map;

/// <summary>
/// The map of where every state stands between A and B, as a self-contained SVG: each shape coloured by its class,
/// A and B in their own colours, absent members hatched, areas without a seat in grey, a marker on each state too
/// small to see, a title on every shape (its figures, shown on hover) and the legend below.
/// </summary>
public static class BetweenMapSvg
{
    private const double LegendHeight = 80;

    /// <param name="idPrefix">Prefix of the SVG's ids (clip path, hatch): unique within the page that inlines it.</param>
    public static string Render(BetweenMap map, WorldShapes shapes, string idPrefix = "between")
    {
        var inv = CultureInfo.InvariantCulture;
        var height = shapes.Height + LegendHeight;
        var title = $"Where every state stands between {ReaderNames.InProse(map.A)} and {ReaderNames.InProse(map.B)}, General Assembly, {map.Period}";
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WorldShapes.Width} {height:0.#}\" width=\"{WorldShapes.Width}\" height=\"{height:0.#}\" role=\"img\" aria-labelledby=\"{idPrefix}-title\" font-family=\"Helvetica, Arial, sans-serif\">\n");
        sb.Append("<title id=\"").Append(idPrefix).Append("-title\">").Append(E(title)).Append("</title>\n");
        sb.Append("<defs><clipPath id=\"").Append(idPrefix).Append("-globe\"><path d=\"").Append(shapes.Outline).Append("\"/></clipPath>");
        sb.Append("<pattern id=\"").Append(idPrefix).Append("-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#888\" stroke-width=\"1.2\"/></pattern></defs>\n");
        sb.Append("<path d=\"").Append(shapes.Outline).Append("\" fill=\"").Append(LeanScale.SeaColour).Append("\"/>\n");
        sb.Append("<g clip-path=\"url(#").Append(idPrefix).Append("-globe)\" stroke=\"#ffffff\" stroke-width=\"0.3\" stroke-linejoin=\"round\">\n");
        var markers = new StringBuilder();
        foreach (var shape in shapes.Countries)
        {
            var entry = map.EntryFor(shape.Code, shape.Name);
            var fill = Fill(entry, idPrefix);
            var emphasis = entry.Standing is MapStanding.A or MapStanding.B ? " stroke=\"#000\" stroke-width=\"0.8\"" : "";
            var tip = E(map.Describe(entry));
            sb.Append("<path d=\"").Append(shape.Path).Append("\" fill=\"").Append(fill).Append('"').Append(emphasis)
              .Append(" data-code=\"").Append(E(entry.Code)).Append("\"><title>").Append(tip).Append("</title></path>\n");
            if (shape.Small && entry.Standing != MapStanding.NoSeat)
            {
                markers.Append(inv, $"<circle cx=\"{shape.X}\" cy=\"{shape.Y}\" r=\"2.6\" fill=\"{fill}\" stroke=\"#555\" stroke-width=\"0.5\" data-code=\"{E(entry.Code)}\"><title>{tip}</title></circle>\n");
            }
        }

        sb.Append("</g>\n").Append(markers);
        // The globe runs on below the map's southern edge: the legend's ground covers it.
        sb.Append(inv, $"<rect x=\"0\" y=\"{shapes.Height:0.#}\" width=\"{WorldShapes.Width}\" height=\"{LegendHeight}\" fill=\"#fff\"/>\n");
        Legend(sb, map, shapes.Height + 8, idPrefix);
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    public static string Fill(MapEntry entry, string idPrefix) =>
        entry.Standing == MapStanding.Absent ? $"url(#{idPrefix}-hatch)" : BetweenMap.Colour(entry);

    private static void Legend(StringBuilder sb, BetweenMap map, double y, string idPrefix)
    {
        var inv = CultureInfo.InvariantCulture;
        const double box = 30;
        var classes = LeanScale.Classes;
        var x0 = (WorldShapes.Width - (classes.Count * box)) / 2;
        sb.Append(inv, $"<g font-size=\"10\" fill=\"#222\" transform=\"translate(0,{y:0.#})\">\n");
        sb.Append(inv, $"<text x=\"{x0 - 8:0.#}\" y=\"10\" text-anchor=\"end\">votes more with {E(ReaderNames.InProse(map.A))}</text>\n");
        sb.Append(inv, $"<text x=\"{x0 + (classes.Count * box) + 8:0.#}\" y=\"10\">votes more with {E(ReaderNames.InProse(map.B))}</text>\n");
        for (var i = 0; i < classes.Count; i++)
        {
            var x = x0 + (i * box);
            sb.Append(inv, $"<rect x=\"{x:0.#}\" y=\"0\" width=\"{box}\" height=\"12\" fill=\"{classes[i].Colour}\" stroke=\"#999\" stroke-width=\"0.5\"><title>{E(classes[i].Label)}</title></rect>\n");
        }

        // Tick labels at the class boundaries: the difference in agreement, with A minus with B.
        // Each boundary is the lower bound of the class on its left (classes run from the most A-leaning).
        for (var i = 0; i < classes.Count - 1; i++)
        {
            sb.Append(inv, $"<text x=\"{x0 + ((i + 1) * box):0.#}\" y=\"24\" text-anchor=\"middle\" font-size=\"8\">{LeanScale.Signed(classes[i].From)}</text>\n");
        }

        sb.Append(inv, $"<text x=\"{WorldShapes.Width / 2}\" y=\"36\" text-anchor=\"middle\" font-size=\"9\" fill=\"#444\">difference in agreement (with {E(ReaderNames.InProse(map.A))} minus with {E(ReaderNames.InProse(map.B))})</text>\n");
        (string Fill, string Label)[] swatches =
        [
            (LeanScale.AColour, ReaderNames.Label(map.A)),
            (LeanScale.BColour, ReaderNames.Label(map.B)),
            (LeanScale.TooFewColour, $"fewer than {map.MinN} common votes"),
            ($"url(#{idPrefix}-hatch)", "UN member, no recorded vote"),
            (LeanScale.NoSeatColour, "no UN seat of its own"),
        ];
        // Swatches on a fixed grid (three columns of 300 units, two rows): a label's width depends on the font the
        // reader's browser or printer picks, so a position computed from its length ran into the next swatch on paper.
        for (var i = 0; i < swatches.Length; i++)
        {
            var (fill, label) = swatches[i];
            var sx = 30.0 + (i % 3 * 300);
            var sy = 44.0 + (i / 3 * 15);
            sb.Append(inv, $"<rect x=\"{sx:0.#}\" y=\"{sy:0.#}\" width=\"14\" height=\"10\" fill=\"{fill}\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"{sx + 18:0.#}\" y=\"{sy + 9:0.#}\">{E(label)}</text>\n");
        }

        sb.Append("</g>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
