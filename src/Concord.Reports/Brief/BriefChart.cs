using System.Globalization;
using ScottPlot;

namespace Concord.Reports.Brief;

/// <summary>A line chart by year for the brief, as inline SVG (HTML) or a PNG file (Markdown).</summary>
/// <remarks>Years print as years (no thousands separator, whole years only), axes are labelled, series are told apart by colour and marker.</remarks>
public sealed class BriefChart(string title, string yLabel)
{
    private readonly List<(string Label, double[] Years, double[] Values)> _series = [];

    public BriefChart Add(string label, IReadOnlyList<(int Year, double? Value)> points)
    {
        var kept = points.Where(p => p.Value is not null).ToList();
        _series.Add((label, kept.Select(p => (double)p.Year).ToArray(), kept.Select(p => p.Value!.Value).ToArray()));
        return this;
    }

    private Plot Build()
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Bottom.Label.Text = "Year";
        plot.Axes.Left.Label.Text = yLabel;
        var years = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture),
            IntegerTicksOnly = true,
        };
        plot.Axes.Bottom.TickGenerator = years;
        var markers = new[] { MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond };
        var colors = new[] { Colors.C0, Colors.C1, Colors.C2, Colors.C3 };
        for (var i = 0; i < _series.Count; i++)
        {
            var (label, xs, ys) = _series[i];
            if (xs.Length == 0)
            {
                continue;
            }

            var s = plot.Add.Scatter(xs, ys);
            s.LegendText = label;
            s.Color = colors[i % colors.Length];
            s.MarkerShape = markers[i % markers.Length];
            s.MarkerSize = 4;
            s.LineWidth = 1.5f;
        }

        // Outside the data area, so that no point is hidden behind it.
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    public string Svg(int width = 760, int height = 340) => Build().GetSvgXml(width, height);

    public void SavePng(string path, int width = 760, int height = 340) => Build().SavePng(path, width, height);
}
