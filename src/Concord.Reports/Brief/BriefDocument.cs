using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Concord.Reports.Text;

namespace Concord.Reports.Brief;

/// <summary>The brief as a list of blocks (headings, paragraphs, tables, charts), rendered to HTML or Markdown.</summary>
public sealed partial class BriefDocument(string title)
{
    private abstract record Block;

    private sealed record Heading(int Level, string Text) : Block;

    private sealed record Paragraph(string Text) : Block;

    private sealed record Bullets(IReadOnlyList<string> Items) : Block;

    private sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows) : Block;

    private sealed record Chart(string Name, BriefChart Plot, string Caption) : Block;

    /// <summary>A figure drawn as SVG by its own renderer (the map), not by the chart library.</summary>
    private sealed record Figure(string Name, string Title, string Svg, string Caption) : Block;

    private readonly List<Block> _blocks = [];

    public BriefDocument H(int level, string text)
    {
        _blocks.Add(new Heading(level, text));
        return this;
    }

    public BriefDocument P(string text)
    {
        _blocks.Add(new Paragraph(text));
        return this;
    }

    public BriefDocument List(IReadOnlyList<string> items)
    {
        _blocks.Add(new Bullets(items));
        return this;
    }

    public BriefDocument T(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        _blocks.Add(new Table(columns, rows.ToList()));
        return this;
    }

    public BriefDocument C(string name, BriefChart chart, string caption)
    {
        _blocks.Add(new Chart(name, chart, caption));
        return this;
    }

    /// <summary>A figure already drawn as SVG; in Markdown it is written beside the brief as <c>stem-name.svg</c>.</summary>
    public BriefDocument F(string name, string title, string svg, string caption)
    {
        _blocks.Add(new Figure(name, title, svg, caption));
        return this;
    }

    public string Html()
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>")
          .Append("body{font-family:Georgia,serif;max-width:960px;margin:2em auto;color:#222;line-height:1.45}")
          .Append("table{border-collapse:collapse;margin:.6em 0;font-size:.9em}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left}")
          .Append("th{background:#eef}figure{margin:1em 0}figure svg{max-width:100%;height:auto}figcaption{font-size:.85em;color:#444}h1{font-size:1.6em}")
          .Append(".nw{white-space:nowrap}a{color:#1a4f8b;overflow-wrap:anywhere}")
          .Append("</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var b in _blocks)
        {
            switch (b)
            {
                case Heading h:
                    sb.Append($"<h{h.Level + 1}>").Append(E(h.Text)).Append($"</h{h.Level + 1}>\n");
                    break;
                case Paragraph p:
                    sb.Append("<p>").Append(Rich(p.Text)).Append("</p>\n");
                    break;
                case Bullets l:
                    sb.Append("<ul>");
                    foreach (var item in l.Items)
                    {
                        sb.Append("<li>").Append(Rich(item)).Append("</li>");
                    }

                    sb.Append("</ul>\n");
                    break;
                case Table t:
                    sb.Append("<table><tr>");
                    foreach (var c in t.Columns)
                    {
                        sb.Append("<th>").Append(E(c)).Append("</th>");
                    }

                    sb.Append("</tr>\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>");
                        foreach (var v in row)
                        {
                            sb.Append("<td>").Append(Rich(Cell(v))).Append("</td>");
                        }

                        sb.Append("</tr>\n");
                    }

                    sb.Append("</table>\n");
                    break;
                case Chart c:
                    sb.Append("<figure>").Append(c.Plot.Svg()).Append("<figcaption>").Append(E(c.Caption)).Append("</figcaption></figure>\n");
                    break;
                case Figure f:
                    sb.Append("<figure>").Append(f.Svg).Append("<figcaption>").Append(E(f.Caption)).Append("</figcaption></figure>\n");
                    break;
                default:
                    break;
            }
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>Markdown, with each chart written as a PNG beside it (<paramref name="imageStem"/>-name.png), each figure as an SVG.</summary>
    public string Markdown(string directory, string imageStem)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(title).Append("\n\n");
        foreach (var b in _blocks)
        {
            switch (b)
            {
                case Heading h:
                    sb.Append(new string('#', h.Level + 1)).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Text).Append("\n\n");
                    break;
                case Bullets l:
                    foreach (var item in l.Items)
                    {
                        sb.Append("- ").Append(item).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case Table t:
                    sb.Append("| ").Append(string.Join(" | ", t.Columns)).Append(" |\n|");
                    sb.Append(string.Concat(t.Columns.Select(_ => "---|"))).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        sb.Append("| ").Append(string.Join(" | ", row.Select(v => Cell(v).Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
                case Chart c:
                    var file = $"{imageStem}-{c.Name}.png";
                    c.Plot.SavePng(Path.Combine(directory, file));
                    // A heading of its own and a short alt text: a reader of the Markdown (or a screen reader) finds the
                    // chart without seeing the title drawn inside the image.
                    sb.Append("### ").Append(c.Plot.Title).Append("\n\n");
                    sb.Append("![Chart: ").Append(c.Plot.Title).Append(" (data and method in the caption below)](").Append(file).Append(")\n\n*").Append(c.Caption).Append("*\n\n");
                    break;
                case Figure f:
                    var svgFile = $"{imageStem}-{f.Name}.svg";
                    File.WriteAllText(Path.Combine(directory, svgFile), f.Svg);
                    sb.Append("### ").Append(f.Title).Append("\n\n");
                    sb.Append("![Figure: ").Append(f.Title).Append(" (data and method in the caption below)](").Append(svgFile).Append(")\n\n*").Append(f.Caption).Append("*\n\n");
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Cell(object? v) => v is double d ? d.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : CellText.Format(v);

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Encoded text with web addresses as links, and dates, year ranges and tallies kept on one line.</summary>
    private static string Rich(string s)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (Match m in Unbroken().Matches(s))
        {
            sb.Append(E(s[at..m.Index]));
            var text = E(m.Value);
            sb.Append(m.Groups["url"].Success ? $"<a href=\"{text}\">{text}</a>" : $"<span class=\"nw\">{text}</span>");
            at = m.Index + m.Length;
        }

        return sb.Append(E(s[at..])).ToString();
    }

    // Links first, so that a date inside an address stays part of the link.
    [GeneratedRegex(@"(?<url>https?://[^\s<>""]+[^\s<>"".,;)])|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}\b|\d{1,2} [A-Z][a-z]{2} \d{4}|\d{4}–\d{4}|\b\d+-\d+-\d+\b|[A-Z]{3}–[A-Z]{3}|\d{4}-present")]
    private static partial Regex Unbroken();
}
