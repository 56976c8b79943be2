using System.Globalization;
using System.Text;
using System.Text.Json;
using Concord.Reports.Text;
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

    private static void WriteCsv(ResultTable result, TextWriter w)
    {
        w.WriteLine(string.Join(",", result.Columns.Select(CellText.CsvQuote)));
        foreach (var row in result.Rows)
        {
            w.WriteLine(CellText.CsvLine(row));
        }
    }

    private static void WriteJson(ResultTable result, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", result.Title);
            foreach (var (k, v) in result.Facts)
            {
                json.WritePropertyName(k);
                WriteValue(json, v);
            }

            if (result.Notes.Count > 0)
            {
                json.WriteStartArray("notes");
                foreach (var n in result.Notes)
                {
                    json.WriteStringValue(n);
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("rows");
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < row.Length; i++)
                {
                    json.WritePropertyName(result.Columns[i]);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        w.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteValue(Utf8JsonWriter json, object? v)
    {
        switch (v)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                json.WriteNullValue();
                break;
            case double d:
                json.WriteNumberValue(Math.Round(d, 6));
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case short s:
                json.WriteNumberValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var s in list)
                {
                    json.WriteStringValue(s);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Cell(v));
                break;
        }
    }

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
            console.Profile.Width = 160;
        }

        console.MarkupLine($"[bold]{Markup.Escape(result.Title)}[/]");
        if (result.Facts.Count > 0)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var (k, v) in result.Facts)
            {
                grid.AddRow(new Text(k + ":", new Style(decoration: Decoration.Bold)), new Text(v is IEnumerable<string> l ? string.Join(", ", l) : Cell(v)));
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
