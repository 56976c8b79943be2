namespace Concord.Questions;

/// <summary>The one CSV form of an answer: a header of the column names, then one line per row (notes are not data).</summary>
public static class ResultCsv
{
    public static void Write(ResultTable result, TextWriter w)
    {
        w.WriteLine(string.Join(",", result.Columns.Select(CellText.CsvQuote)));
        foreach (var row in result.Rows)
        {
            w.WriteLine(CellText.CsvLine(row));
        }
    }

    public static string Write(ResultTable result)
    {
        using var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(result, w);
        return w.ToString();
    }
}
