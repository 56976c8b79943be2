using Concord.Reports.Brief;

namespace Concord.Tests.Reports.Brief;

/// <summary>Data text is escaped for where it lands: a hostile title never becomes markup, a link or an image.</summary>
public sealed class BriefDocumentTest
{
    private const string Hostile = "<script>alert(1)</script> [click](javascript:alert(1)) ![x](http://evil.example/x.png) *bold* | pipe";

    [Fact]
    public void Html_EncodesDataText_InParagraphsTablesAndLinks()
    {
        var doc = new BriefDocument("t").P(Hostile).T(["title"], [[Hostile], [new BriefLink(Hostile, "https://undocs.org/en/A/RES/1(I)")]]);
        var html = doc.Html();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesThePunctuationThatWouldMakeMarkupOfDataText()
    {
        var dir = Directory.CreateTempSubdirectory("concord-doc").FullName;
        try
        {
            var md = new BriefDocument("t").P(Hostile).T(["title"], [[Hostile]]).Markdown(dir, "b");
            Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", md);
            Assert.DoesNotMatch(@"(?<!\\)!(?<!\\)\[x", md);
            Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
            Assert.Contains("\\| pipe", md, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("A/RES/2758(XXVI)", "https://undocs.org/en/A/RES/2758%28XXVI%29")]
    [InlineData("S/2019/186", "https://undocs.org/en/S/2019/186")]
    public void UnDocument_LinksASymbolToTheUnsResolver(string symbol, string url) => Assert.Equal(url, BriefDocument.UnDocument(symbol));

    [Fact]
    public void ImageFiles_ListsEveryFileAMarkdownBriefWrites()
    {
        var doc = new BriefDocument("t").C("one", new BriefChart("c", "y"), "cap").F("map", "m", "<svg/>", "cap");
        Assert.Equal(["b-one.png", "b-map.svg"], doc.ImageFiles("b"));
    }
}
