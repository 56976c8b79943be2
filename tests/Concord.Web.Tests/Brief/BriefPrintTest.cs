using System.Text.RegularExpressions;
using Concord.Tests.Dashboard;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Concord.Tests.Brief;

/// <summary>The brief on paper (issue 24): printed by Chromium to A4 and Letter, no figure or table is cut or split, every
/// chart scales to the page, and headings stay with what follows them.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class BriefPrintTest(LiveServer server, Chromium chromium)
{
    /// <summary>The page sizes in CSS pixels (96 per inch) less the brief's 14 mm margins.</summary>
    private static readonly Dictionary<string, (double Width, double Height)> s_printable = new()
    {
        ["A4"] = (Px(210 - 28), Px(297 - 28)),
        ["Letter"] = (Px(215.9 - 28), Px(279.4 - 28)),
    };

    private static double Px(double mm) => mm / 25.4 * 96;

    private async Task<string> Brief(string query)
    {
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(3) };
        return await http.GetStringAsync("/api/brief?" + query);
    }

    [Theory]
    [InlineData("a=CHN&b=RUS", "A4")]
    [InlineData("a=CHN&b=RUS", "Letter")]
    [InlineData("a=RUS&b=IND&from=2014", "A4")]
    [InlineData("a=FJI&b=TON", "Letter")]
    [InlineData("a=CHN&b=EU", "A4")]
    [InlineData("a=MLT&b=URY", "Letter")]
    [InlineData("a=NGA&b=BRICS", "A4")]
    public async Task Printed_EveryFigureAndTableLiesInsideThePage_AndNoneIsSplit(string query, string paper)
    {
        var html = await Brief(query);
        var page = await chromium.Browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var (width, height) = s_printable[paper];
        await page.SetViewportSizeAsync((int)Math.Floor(width), (int)Math.Floor(height));
        await page.SetContentAsync(html);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Every figure and table fits the printable width, and is shorter than a page (so that it can be kept whole)
        var boxes = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('figure, table')].map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.height]; })");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b =>
        {
            Assert.True(b[0] >= -0.5 && b[1] <= width + 0.5, $"{paper}: a figure or table spans {b[0]:0}–{b[1]:0} px of {width:0}");
            Assert.True(b[2] <= height, $"{paper}: a figure or table is {b[2]:0} px tall, more than a page ({height:0})");
        });

        // And no chart's words fall outside what the figure shows (axis years, legends, the map's key): each text lies
        // inside its SVG as drawn, and the SVG keeps its proportions. (Shapes may run past the frame: the map's globe is clipped.)
        var outside = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('figure > svg')].flatMap(svg => {
              const vb = svg.viewBox.baseVal;
              if (!vb || vb.width === 0) return ['an SVG without a view box'];
              const frame = svg.getBoundingClientRect();
              const cut = Math.abs(frame.width / frame.height - vb.width / vb.height) > 0.02 ? ['shown out of proportion'] : [];
              return cut.concat([...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '').flatMap(t => {
                const r = t.getBoundingClientRect();
                return r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1
                  ? ['"' + t.textContent.trim() + '" outside its chart'] : [];
              }));
            })
            """);
        Assert.Empty(outside);

        // And the print style keeps figures and tables whole and headings with what follows
        var rules = await page.EvaluateAsync<string[]>("() => [getComputedStyle(document.querySelector('figure')).breakInside, getComputedStyle(document.querySelector('table')).breakInside, getComputedStyle(document.querySelector('h2')).breakAfter]");
        Assert.Equal(["avoid", "avoid", "avoid"], rules);

        // And in the PDF Chromium prints, every letter lies on its page and each chart's title is on the page of its caption
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = true });
        var captions = await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('figure')].map(f => [[...f.querySelectorAll('svg text')].map(t => t.textContent.trim()).sort((x, y) => y.length - x.length)[0] ?? '', f.querySelector('figcaption').textContent])");
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        var pages = new List<string>();
        foreach (var p in document.GetPages())
        {
            Assert.All(p.Letters, l => Assert.True(l.BoundingBox.Left >= -1 && l.BoundingBox.Right <= p.Width + 1 && l.BoundingBox.Bottom >= -1 && l.BoundingBox.Top <= p.Height + 1, $"'{l.Value}' off page {p.Number}"));
            pages.Add(Squeeze(p.Text));
        }

        // (A figure Chromium prints as an image, the map with its hatching, has no text to find; the charts' text is kept.)
        var checkedFigures = 0;
        foreach (var c in captions.Where(c => Squeeze(c[0]).Length >= 12))
        {
            var title = Squeeze(c[0]);
            var on = pages.FindIndex(t => t.Contains(title, StringComparison.Ordinal));
            if (on < 0)
            {
                continue;
            }

            checkedFigures++;
            var caption = Squeeze(c[1])[..Math.Min(40, Squeeze(c[1]).Length)];
            Assert.True(pages[on].Contains(caption, StringComparison.Ordinal), $"'{c[0]}' and its caption are on different pages ({paper})");
        }

        Assert.True(checkedFigures >= 2, $"only {checkedFigures} charts found in the PDF");
        await page.CloseAsync();
    }

    private static string Squeeze(string s) => Space().Replace(s, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
