using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Concord.Questions;
using Concord.Reports.Text;

namespace Concord.Reports.Brief;

/// <summary>A link in the brief: to a UN document, or to a section of the brief itself (an anchor, "#assembly").</summary>
public sealed record BriefLink(string Text, string Href);

/// <summary>One key judgement of the first page: a short lead in bold, its sentence with figure and yardstick, and where the evidence is.</summary>
public sealed record BriefPoint(string Lead, string Text, BriefLink? Evidence = null);

/// <summary>The brief as a list of blocks (headings, paragraphs, tables, charts), rendered to HTML or Markdown.</summary>
/// <remarks>
/// Text that comes from the data (titles, names of events) is escaped for where it lands: HTML-encoded in the HTML brief,
/// its Markdown punctuation escaped in the Markdown brief, so that a title can never become a link, an image or markup.
/// </remarks>
public sealed partial class BriefDocument(string title)
{
    private abstract record Block;

    private sealed record Heading(int Level, string Text, string? Id) : Block;

    private sealed record Paragraph(string Text, string? Class = null) : Block;

    private sealed record Bullets(IReadOnlyList<string> Items) : Block;

    private sealed record Points(IReadOnlyList<BriefPoint> Items) : Block;

    private sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows) : Block;

    private sealed record Chart(string Name, BriefChart Plot, string Caption) : Block;

    private sealed record PageBreak : Block;

    /// <summary>A figure drawn as SVG by its own renderer (the map), not by the chart library.</summary>
    private sealed record Figure(string Name, string Title, string Svg, string Caption) : Block;

    private readonly List<Block> _blocks = [];

    public string Title => title;

    /// <summary>A heading; <paramref name="id"/> makes it the target of links from the first page.</summary>
    public BriefDocument H(int level, string text, string? id = null)
    {
        _blocks.Add(new Heading(level, text, id));
        return this;
    }

    public BriefDocument P(string text)
    {
        _blocks.Add(new Paragraph(text));
        return this;
    }

    /// <summary>The first page's answer, set larger than the body.</summary>
    public BriefDocument Headline(string text)
    {
        _blocks.Add(new Paragraph(text, "headline"));
        return this;
    }

    /// <summary>A note in small print (names, the measure's definition).</summary>
    public BriefDocument Note(string text)
    {
        _blocks.Add(new Paragraph(text, "note"));
        return this;
    }

    public BriefDocument List(IReadOnlyList<string> items)
    {
        _blocks.Add(new Bullets(items));
        return this;
    }

    public BriefDocument Judgements(IReadOnlyList<BriefPoint> items)
    {
        _blocks.Add(new Points(items));
        return this;
    }

    /// <summary>A table; a cell may be a <see cref="BriefLink"/>.</summary>
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

    /// <summary>On paper, what follows starts a new page (after the first page's answer).</summary>
    public BriefDocument Break()
    {
        _blocks.Add(new PageBreak());
        return this;
    }

    /// <summary>Every block of another document, in order (a section of the brief is written as a document of its own).</summary>
    public BriefDocument Append(BriefDocument part)
    {
        _blocks.AddRange(part._blocks);
        return this;
    }

    /// <summary>Whether nothing has been written.</summary>
    public bool IsEmpty => _blocks.Count == 0;

    /// <summary>The names of the image files a Markdown brief writes beside itself (<paramref name="imageStem"/>-name.png or .svg).</summary>
    public IReadOnlyList<string> ImageFiles(string imageStem) =>
        [.. _blocks.Select(b => b switch { Chart c => $"{imageStem}-{c.Name}.png", Figure f => $"{imageStem}-{f.Name}.svg", _ => null }).OfType<string>()];

    // Screen and paper: figures and tables are never split or cut, headings stay with what follows, charts scale to the
    // page's width (their SVG keeps its proportions), and the first page ends after the answer.
    private const string Style =
        "body{font-family:Georgia,serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}" +
        "table{border-collapse:collapse;margin:.6em 0;font-size:.9em;width:100%}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}" +
        "th{background:#eef}figure{margin:1em 0}figure svg{display:block;width:100%;height:auto;max-width:100%}figcaption{font-size:.85em;color:#444}" +
        "h1{font-size:1.6em}h2{font-size:1.35em;margin-top:1.6em}h3{font-size:1.1em}.headline{font-size:1.2em;line-height:1.4}" +
        ".note{font-size:.85em;color:#444}.points li{margin:.35em 0}.nw{white-space:nowrap}a{color:#1a4f8b;overflow-wrap:anywhere}" +
        ".table-box{overflow-x:auto}" +
        "@page{margin:14mm}" +
        "@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}a{color:#1a4f8b;text-decoration:none}" +
        "figure,table,tr,.keep{break-inside:avoid;page-break-inside:avoid}h2,h3,h4{break-after:avoid;page-break-after:avoid}" +
        ".page-break{break-after:page;page-break-after:always}.table-box{overflow:visible}}";

    public string Html()
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"").Append(Mark).Append("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
          .Append(E(title)).Append("</title>\n<style>").Append(Style).Append("</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var b in _blocks)
        {
            switch (b)
            {
                case Heading h:
                    sb.Append($"<h{h.Level + 1}").Append(h.Id is null ? "" : $" id=\"{E(h.Id)}\"").Append('>').Append(E(h.Text)).Append($"</h{h.Level + 1}>\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Class is null ? "<p>" : $"<p class=\"{p.Class}\">").Append(Rich(p.Text)).Append("</p>\n");
                    break;
                case Bullets l:
                    sb.Append("<ul>");
                    foreach (var item in l.Items)
                    {
                        sb.Append("<li>").Append(Rich(item)).Append("</li>");
                    }

                    sb.Append("</ul>\n");
                    break;
                case Points pts:
                    sb.Append("<ul class=\"points\">");
                    foreach (var pt in pts.Items)
                    {
                        sb.Append("<li><strong>").Append(E(pt.Lead)).Append("</strong> ").Append(Rich(pt.Text));
                        if (pt.Evidence is { } ev)
                        {
                            sb.Append(" <a href=\"").Append(E(ev.Href)).Append("\">").Append(E(ev.Text)).Append("</a>");
                        }

                        sb.Append("</li>");
                    }

                    sb.Append("</ul>\n");
                    break;
                case Table t:
                    sb.Append("<div class=\"table-box\"><table><thead><tr>");
                    foreach (var c in t.Columns)
                    {
                        sb.Append("<th scope=\"col\">").Append(E(c)).Append("</th>");
                    }

                    sb.Append("</tr></thead><tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>");
                        foreach (var v in row)
                        {
                            sb.Append("<td>").Append(v is BriefLink link ? $"<a href=\"{E(link.Href)}\">{E(link.Text)}</a>" : Rich(Cell(v))).Append("</td>");
                        }

                        sb.Append("</tr>\n");
                    }

                    sb.Append("</tbody></table></div>\n");
                    break;
                case Chart c:
                    sb.Append("<figure>").Append(Scalable(c.Plot.Svg())).Append("<figcaption>").Append(E(c.Caption)).Append("</figcaption></figure>\n");
                    break;
                case Figure f:
                    sb.Append("<figure>").Append(Scalable(f.Svg)).Append("<figcaption>").Append(E(f.Caption)).Append("</figcaption></figure>\n");
                    break;
                case PageBreak:
                    sb.Append("<div class=\"page-break\"></div>\n");
                    break;
                default:
                    break;
            }
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>The mark a brief carries, so that a later brief may replace it and nothing else.</summary>
    public const string Mark = "written by concord brief";

    /// <summary>Markdown, with each chart written as a PNG beside it (<paramref name="imageStem"/>-name.png), each figure as an SVG.</summary>
    public string Markdown(string directory, string imageStem)
    {
        var text = Markdown(imageStem, out var images);
        foreach (var image in images)
        {
            image.Write(Path.Combine(directory, image.Name));
        }

        return text;
    }

    /// <summary>Markdown, and the image files it refers to, each with a way to write it to a path the caller chooses
    /// (a temporary file beside the target, renamed when every file is written).</summary>
    public string Markdown(string imageStem, out IReadOnlyList<(string Name, Action<string> Write)> images)
    {
        var files = new List<(string Name, Action<string> Write)>();
        images = files;
        var sb = new StringBuilder();
        sb.Append("# ").Append(M(title)).Append("\n\n");
        foreach (var b in _blocks)
        {
            switch (b)
            {
                case Heading h:
                    if (h.Id is not null)
                    {
                        sb.Append("<a id=\"").Append(h.Id).Append("\"></a>\n\n");
                    }

                    sb.Append(new string('#', h.Level + 1)).Append(' ').Append(M(h.Text)).Append("\n\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Class == "headline" ? "**" + M(p.Text) + "**" : p.Class == "note" ? "*" + M(p.Text) + "*" : M(p.Text)).Append("\n\n");
                    break;
                case Bullets l:
                    foreach (var item in l.Items)
                    {
                        sb.Append("- ").Append(M(item)).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case Points pts:
                    foreach (var pt in pts.Items)
                    {
                        sb.Append("- **").Append(M(pt.Lead)).Append("** ").Append(M(pt.Text));
                        if (pt.Evidence is { } ev)
                        {
                            sb.Append(' ').Append(MdLink(ev));
                        }

                        sb.Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case Table t:
                    sb.Append("| ").Append(string.Join(" | ", t.Columns.Select(M))).Append(" |\n|");
                    sb.Append(string.Concat(t.Columns.Select(_ => "---|"))).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        sb.Append("| ").Append(string.Join(" | ", row.Select(v => v is BriefLink link ? MdLink(link) : M(Cell(v))))).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
                case Chart c:
                    var file = $"{imageStem}-{c.Name}.png";
                    var plot = c.Plot;
                    files.Add((file, p => plot.SavePng(p)));
                    // A heading of its own and a short alt text: a reader of the Markdown (or a screen reader) finds the
                    // chart without seeing the title drawn inside the image.
                    sb.Append("### ").Append(M(c.Plot.Title)).Append("\n\n");
                    sb.Append("![Chart: ").Append(M(c.Plot.Title)).Append(" (data and method in the caption below)](").Append(file).Append(")\n\n*").Append(M(c.Caption)).Append("*\n\n");
                    break;
                case Figure f:
                    var svgFile = $"{imageStem}-{f.Name}.svg";
                    var svg = f.Svg;
                    files.Add((svgFile, path => File.WriteAllText(path, svg)));
                    sb.Append("### ").Append(M(f.Title)).Append("\n\n");
                    sb.Append("![Figure: ").Append(M(f.Title)).Append(" (data and method in the caption below)](").Append(svgFile).Append(")\n\n*").Append(M(f.Caption)).Append("*\n\n");
                    break;
                case PageBreak:
                    sb.Append("---\n\n");
                    break;
                default:
                    break;
            }
        }

        return sb.Append("<!-- ").Append(Mark).Append(" -->\n").ToString();
    }

    /// <summary>An address for a UN document symbol: the UN's own resolver of symbols (undocs.org), which opens the document in the Official Document System.</summary>
    public static string UnDocument(string symbol) =>
        "https://undocs.org/en/" + string.Concat(symbol.Select(c => c switch
        {
            '(' => "%28",
            ')' => "%29",
            ' ' => "%20",
            _ => c.ToString(),
        }));

    private static string Cell(object? v) => v is double d ? d.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : CellText.Format(v);

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Text with the Markdown punctuation that could make markup of it escaped (links, images, emphasis, HTML, tables).</summary>
    internal static string M(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '!' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return sb.ToString();
    }

    private static string MdLink(BriefLink link) => $"[{M(link.Text)}](<{link.Href.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}>)";

    /// <summary>An SVG that scales to the width it is given, keeping its proportions: a viewBox of its own size, the fixed
    /// size left to the style sheet. Without it a printed page narrower than the chart cut off its right-hand side.</summary>
    private static string Scalable(string svg)
    {
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = open < 0 ? -1 : svg.IndexOf('>', open);
        if (end < 0)
        {
            return svg;
        }

        var tag = svg[open..end];
        var w = Regex.Match(tag, "\\swidth=\"([0-9.]+)(?:px)?\"");
        var h = Regex.Match(tag, "\\sheight=\"([0-9.]+)(?:px)?\"");
        if (!tag.Contains("viewBox", StringComparison.Ordinal) && w.Success && h.Success)
        {
            tag = tag + $" viewBox=\"0 0 {w.Groups[1].Value} {h.Groups[1].Value}\"";
        }

        tag = tag.Replace(w.Value, " width=\"100%\"", StringComparison.Ordinal);
        if (h.Success)
        {
            tag = tag.Replace(h.Value, "", StringComparison.Ordinal);
        }

        return svg[..open] + tag + svg[end..];
    }

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
