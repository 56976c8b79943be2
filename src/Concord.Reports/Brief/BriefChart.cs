using System.Globalization;
using ScottPlot;

namespace Concord.Reports.Brief;

/// <summary>A chart by year for the brief (lines, bands, level steps or stacked bars), as inline SVG (HTML) or a PNG file (Markdown).</summary>
/// <remarks>Years print as years (no thousands separator, whole years only), axes are labelled, series are told apart by colour and marker.</remarks>
public sealed class BriefChart(string title, string yLabel)
{
    private (double Low, double High)? _yRange;
    private (int Year, string Label)? _partial;

    private static readonly MarkerShape[] s_markers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];
    private static readonly Color[] s_colors = [Colors.C0, Colors.C1, Colors.C2, Colors.C3, Colors.C4, Colors.C5];
    private readonly List<Action<Plot>> _layers = [];
    private int _series;

    /// <summary>A line with markers; years without a value are left out.</summary>
    public BriefChart Add(string label, IReadOnlyList<(int Year, double? Value)> points)
    {
        var kept = points.Where(p => p.Value is not null).ToList();
        var i = _series++;
        if (kept.Count > 0)
        {
            var xs = kept.Select(p => (double)p.Year).ToArray();
            var ys = kept.Select(p => p.Value!.Value).ToArray();
            _layers.Add(plot =>
            {
                var s = plot.Add.Scatter(xs, ys);
                s.LegendText = label;
                s.Color = s_colors[i % s_colors.Length];
                s.MarkerShape = s_markers[i % s_markers.Length];
                s.MarkerSize = 4;
                s.LineWidth = 1.5f;
            });
        }

        return this;
    }

    /// <summary>A yardstick by year (a pair the reader knows, the median pair): a thin dashed line without markers, in grey
    /// shades so that the pair's own lines stay in front.</summary>
    public BriefChart AddYardstick(string label, IReadOnlyList<(int Year, double? Value)> points, int shade)
    {
        var kept = points.Where(p => p.Value is not null).ToList();
        if (kept.Count > 0)
        {
            var xs = kept.Select(p => (double)p.Year).ToArray();
            var ys = kept.Select(p => p.Value!.Value).ToArray();
            _layers.Add(plot =>
            {
                var s = plot.Add.Scatter(xs, ys);
                s.LegendText = label;
                s.Color = s_yardstickColors[shade % s_yardstickColors.Length];
                s.MarkerSize = 0;
                s.LineWidth = 1.2f;
                s.LinePattern = shade % 2 == 0 ? LinePattern.Dashed : LinePattern.Dotted;
            });
        }

        return this;
    }

    private static readonly Color[] s_yardstickColors = [Color.FromHex("#555555"), Color.FromHex("#8a6d3b"), Color.FromHex("#999999"), Color.FromHex("#6b6b9a")];

    /// <summary>A line with a shaded interval around it (e.g. a 90% interval), in the colour of the next series.</summary>
    public BriefChart AddWithBand(string label, IReadOnlyList<(int Year, double Value, double Lower, double Upper)> points)
    {
        var i = _series;
        if (points.Count > 0)
        {
            var xs = points.Select(p => (double)p.Year).ToArray();
            var lo = points.Select(p => p.Lower).ToArray();
            var hi = points.Select(p => p.Upper).ToArray();
            _layers.Add(plot =>
            {
                var band = plot.Add.FillY(xs, lo, hi);
                band.FillColor = s_colors[i % s_colors.Length].WithAlpha(0.2);
                band.LineWidth = 0;
            });
        }

        return Add(label, [.. points.Select(p => (p.Year, (double?)p.Value))]);
    }

    /// <summary>Dashed horizontal steps at each segment's level (the change points of a series), in the colour of series <paramref name="seriesIndex"/>.</summary>
    public BriefChart AddSteps(string label, IReadOnlyList<(int From, int To, double Level)> steps, int seriesIndex)
    {
        if (steps.Count == 0)
        {
            return this;
        }

        _layers.Add(plot =>
        {
            for (var k = 0; k < steps.Count; k++)
            {
                var (from, to, level) = steps[k];
                var line = plot.Add.Line(from - 0.4, level, to + 0.4, level);
                line.Color = s_colors[seriesIndex % s_colors.Length];
                line.LineWidth = 2.5f;
                line.LinePattern = LinePattern.Dashed;
                line.MarkerSize = 0;
                if (k == 0)
                {
                    line.LegendText = label;
                }
            }
        });
        return this;
    }

    /// <summary>Bars by year stacked by category (e.g. events by type); each category its own colour.</summary>
    public BriefChart AddStackedBars(IReadOnlyList<(string Category, IReadOnlyList<(int Year, int Count)> Counts)> categories)
    {
        var first = _series;
        _series += categories.Count;
        _layers.Add(plot =>
        {
            var below = new Dictionary<int, double>();
            for (var c = 0; c < categories.Count; c++)
            {
                var (category, counts) = categories[c];
                var color = s_colors[(first + c) % s_colors.Length];
                var bars = new List<Bar>();
                foreach (var (year, count) in counts)
                {
                    if (count == 0)
                    {
                        continue;
                    }

                    var bottom = below.GetValueOrDefault(year);
                    bars.Add(new Bar { Position = year, ValueBase = bottom, Value = bottom + count, FillColor = color, Size = 0.8 });
                    below[year] = bottom + count;
                }

                if (bars.Count > 0)
                {
                    plot.Add.Bars(bars);
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = category, FillColor = color });
                }
            }

            plot.Axes.Margins(bottom: 0);
        });
        return this;
    }

    /// <summary>The chart's title (also the heading and alt text of the Markdown brief).</summary>
    public string Title => title;

    /// <summary>A fixed y-axis range, so a measure on a 0–1 scale starts at 0 rather than at its lowest value.</summary>
    public BriefChart YRange(double low, double high)
    {
        _yRange = (low, high);
        return this;
    }

    /// <summary>Shades a year the record covers only in part, so that its values are not read as a full year's.</summary>
    public BriefChart MarkPartial(int year, string label)
    {
        _partial = (year, label);
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
        foreach (var layer in _layers)
        {
            layer(plot);
        }

        plot.Axes.AutoScale();
        if (_yRange is { } range)
        {
            plot.Axes.SetLimitsY(range.Low, range.High);
        }

        if (_partial is { } partial)
        {
            // A filled band over the axis' height, not a span or rectangle plottable: those draw a path effect the SVG
            // canvas does not support (it prints a warning on every render).
            var limits = plot.Axes.GetLimits();
            var shade = plot.Add.FillY([partial.Year - 0.5, partial.Year + 0.5], [limits.Bottom, limits.Bottom], [limits.Top, limits.Top]);
            shade.FillColor = Colors.Gray.WithAlpha(0.25);
            shade.LineWidth = 0;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = partial.Label, FillColor = shade.FillColor });
            plot.Axes.SetLimits(limits);
        }

        // Below the plot, in a row: outside the data area, so that no point is hidden behind it, without taking a
        // column of the chart's width.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot;
    }

    public string Svg(int width = 900, int height = 400) => Build().GetSvgXml(width, height);

    /// <summary>A PNG at twice the screen's resolution (1800 × 800 pixels for 900 × 400), sharp on paper and high-density screens.</summary>
    public void SavePng(string path, int width = 900, int height = 400)
    {
        var plot = Build();
        plot.ScaleFactor = 2;
        plot.SavePng(path, width * 2, height * 2);
    }
}
