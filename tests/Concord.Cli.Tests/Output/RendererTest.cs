using Concord.Questions;
using Concord.Cli.Output;

namespace Concord.Tests.Output;

public sealed class RendererTest
{
    [Fact]
    public void Csv_EscapesSeparatorsAndNeutralisesFormulas_ButNotNegativeNumbers()
    {
        // Given a row with a comma, a quote, a formula-like text and a negative number
        var table = new ResultTable("t", "a", "b", "c", "d").Add("x,y", "say \"hi\"", "=HYPERLINK(1)", -0.5);
        var stdout = new StringWriter();

        // When written as CSV
        Renderer.Write(table, OutputFormat.Csv, stdout, new StringWriter());

        // Then
        Assert.Equal("a,b,c,d\n\"x,y\",\"say \"\"hi\"\"\",'=HYPERLINK(1),-0.5\n", stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_MissingValuesAreNull_NeverNaN()
    {
        var table = new ResultTable("t", "n", "value").Add(3, double.NaN).Add(12, null);
        var stdout = new StringWriter();
        Renderer.Write(table, OutputFormat.Json, stdout, new StringWriter());
        using var json = System.Text.Json.JsonDocument.Parse(stdout.ToString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[0].GetProperty("value").ValueKind);
        Assert.Equal(12, rows[1].GetProperty("n").GetInt32());
    }

    [Fact]
    public void Notes_GoToStderr_ForCsv()
    {
        var table = new ResultTable("t", "a").Add(1);
        table.Notes.Add("a note");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Renderer.Write(table, OutputFormat.Csv, stdout, stderr);
        Assert.DoesNotContain("a note", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("note: a note", stderr.ToString(), StringComparison.Ordinal);
    }
}
