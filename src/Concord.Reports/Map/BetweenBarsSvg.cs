using System.Globalization;
using System.Net;
using System.Text;
using Concord.Reports.Text;

namespace Concord.Reports.Map;

/// <summary>
/// The map's figures for readers without colour: every state with a difference as a bar from a common zero, sorted
/// from the one leaning most to A to the one leaning most to B, read down three columns. Bars to the left lean to A.
/// </summary>
public static class BetweenBarsSvg
{
    private const int Columns = 3;
    private const double RowHeight = 11;
    private const double LabelWidth = 118;
    private const double Top = 30;

    public static string Render(BetweenMap map, WorldShapes shapes)
    {
        var inv = CultureInfo.InvariantCulture;
        var ranked = map.Ranked;
        var shapeNames = shapes.Countries.Where(s => s.Code is not null).GroupBy(s => s.Code!).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var perColumn = Math.Max(1, (ranked.Count + Columns - 1) / Columns);
        var columnWidth = WorldShapes.Width / Columns;
        var barSpace = columnWidth - LabelWidth - 14;
        // One scale for all columns, to the next tenth above the largest difference.
        var reach = Math.Max(0.1, Math.Ceiling(ranked.Select(e => Math.Abs(e.Difference!.Value)).DefaultIfEmpty(0.1).Max() * 10) / 10);
        var height = Top + (perColumn * RowHeight) + 10;
        var title = $"{ReaderNames.AtStart(map.A)} or {ReaderNames.InProse(map.B)}: difference in agreement by state, General Assembly, {map.Period}";
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WorldShapes.Width} {height:0.#}\" width=\"{WorldShapes.Width}\" height=\"{height:0.#}\" role=\"img\" aria-label=\"{E(title)}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"8.5\">\n");
        sb.Append("<title>").Append(E(title)).Append("</title>\n");
        for (var c = 0; c < Columns; c++)
        {
            var x0 = (c * columnWidth) + LabelWidth;
            var zero = x0 + (barSpace / 2);
            var unit = barSpace / 2 / reach;
            sb.Append(inv, $"<line x1=\"{zero:0.#}\" y1=\"{Top - 4}\" x2=\"{zero:0.#}\" y2=\"{Top + (perColumn * RowHeight):0.#}\" stroke=\"#555\" stroke-width=\"0.6\"/>\n");
            sb.Append(inv, $"<text x=\"{x0:0.#}\" y=\"{Top - 8}\" font-size=\"8\">← {E(ReaderNames.Label(map.A))} {LeanScale.Signed(reach)}</text>\n");
            sb.Append(inv, $"<text x=\"{x0 + barSpace:0.#}\" y=\"{Top - 8}\" font-size=\"8\" text-anchor=\"end\">{LeanScale.Signed(-reach)} {E(ReaderNames.Label(map.B))} →</text>\n");
            for (var i = 0; i < perColumn; i++)
            {
                var k = (c * perColumn) + i;
                if (k >= ranked.Count)
                {
                    break;
                }

                var e = ranked[k];
                var d = e.Difference!.Value;
                var y = Top + (i * RowHeight);
                // Leaning to A draws left of zero, to B right, as in the legend of the map.
                var length = Math.Abs(d) * unit;
                var x = d >= 0 ? zero - length : zero;
                var label = Label(e, shapeNames);
                var tip = E(map.Describe(e));
                sb.Append(inv, $"<text x=\"{x0 - 4:0.#}\" y=\"{y + 8:0.#}\" text-anchor=\"end\">{E(label)}</text>");
                sb.Append(inv, $"<rect x=\"{x:0.##}\" y=\"{y + 1.5:0.#}\" width=\"{Math.Max(length, 0.5):0.##}\" height=\"{RowHeight - 3}\" fill=\"{BetweenMap.Colour(e)}\" stroke=\"#666\" stroke-width=\"0.4\" data-code=\"{E(e.Code)}\"><title>{tip}</title></rect>\n");
            }
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>A short label: the reader's short name, else Natural Earth's (short) name for the shape, else the UN name.</summary>
    private static string Label(MapEntry e, Dictionary<string, string> shapeNames) =>
        ReaderNames.HasShortName(e.Code) ? e.Name : shapeNames.TryGetValue(e.Code, out var name) ? name : e.Name;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
