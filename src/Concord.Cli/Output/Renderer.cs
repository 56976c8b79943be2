using System.Globalization;
using Concord.Questions;
using Spectre.Console;

namespace Concord.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as a console table, CSV or JSON.</summary>
/// <remarks>
/// CSV and JSON go to stdout and nothing else does, so output pipes cleanly into R, Python or a spreadsheet;
/// notes go to stderr. CSV cells that a spreadsheet would run as a formula (starting with = + - @) are
/// prefixed with a quote mark, except plain numbers.
/// </remarks>
public static class Renderer
{
    public static void Write(ResultTable result, OutputFormat format, TextWriter stdout, TextWriter stderr)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(result, stdout);
                WriteNotes(result, stderr);
                break;
            case OutputFormat.Json:
                WriteJson(result, stdout);
                WriteNotes(result, stderr);
                break;
            default:
                WriteTable(result, stdout);
                break;
        }
    }

    private static void WriteNotes(ResultTable result, TextWriter stderr)
    {
        foreach (var n in result.Notes)
        {
            stderr.WriteLine("note: " + n);
        }
    }

    public static string Cell(object? value) => CellText.Format(value);

    /// <summary>Tables are for reading: three decimals; CSV and JSON keep six.</summary>
    private static string TableCell(object? value) => value is double d && !double.IsNaN(d)
        ? d.ToString("0.000", CultureInfo.InvariantCulture)
        : Cell(value);

    private static void WriteCsv(ResultTable result, TextWriter w) => ResultCsv.Write(result, w);

    private static void WriteJson(ResultTable result, TextWriter w) => w.WriteLine(ResultJson.Write(result));

    private static void WriteTable(ResultTable result, TextWriter w)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(w),
            Ansi = w == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = w == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (w != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 250;
        }

        console.MarkupLine($"[bold]{Markup.Escape(result.Title)}[/]");
        if (result.Facts.Count > 0)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            // An unset fact (no issue asked for) or an empty list (no veto) is left out of the table; JSON keeps it (null,
            // []), so its keys never change.
            foreach (var (k, v) in result.Facts.Where(f => f.Value is not (null or System.Collections.ICollection { Count: 0 })))
            {
                grid.AddRow(new Text(k + ":", new Style(decoration: Decoration.Bold)), new Text(v switch
                {
                    IEnumerable<string> l => string.Join(", ", l),
                    IEnumerable<KeyValuePair<string, object?>> o => string.Join(", ", o.Select(x => $"{x.Key}: {Cell(x.Value)}")),
                    _ => Cell(v),
                }));
            }

            console.Write(grid);
        }

        if (result.Columns.Count > 0 && result.Rows.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in result.Columns)
            {
                table.AddColumn(new TableColumn(Markup.Escape(c)));
            }

            foreach (var row in result.Rows)
            {
                table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(TableCell(v))).ToArray());
            }

            console.Write(table);
        }
        else if (result.Columns.Count > 0)
        {
            console.WriteLine("(no rows)");
        }

        foreach (var n in result.Notes)
        {
            console.MarkupLine($"[grey]note: {Markup.Escape(n)}[/]");
        }
    }
}
