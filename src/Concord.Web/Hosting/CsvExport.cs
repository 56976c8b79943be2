using System.Text;

namespace Concord.Web.Hosting;

/// <summary>A table as a CSV download, written as the CLI writes it: formulas neutralised, fields quoted where needed.</summary>
public static class CsvExport
{
    public static FileContentHttpResult File(string name, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", columns.Select(CellText.CsvQuote))).Append('\n');
        foreach (var row in rows)
        {
            sb.Append(CellText.CsvLine(row)).Append('\n');
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv; charset=utf-8", name + ".csv");
    }
}
