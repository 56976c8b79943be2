using System.Globalization;

namespace Concord.Questions;

/// <summary>How one value is written as text in every export (CLI csv/json, the web API's csv, the brief's tables).</summary>
/// <remarks>
/// One place, so that a number reads the same from the CLI, the dashboard and the brief, and so that every CSV
/// a user opens in a spreadsheet is protected the same way against formula injection.
/// </remarks>
public static class CellText
{
    /// <summary>Invariant culture; doubles to six decimals (NaN as empty); dates as yyyy-MM-dd.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        float f => f.ToString("0.######", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => Domain.DataText.Clean(s)!,
        _ => value.ToString() ?? "",
    };

    /// <summary>Neutralises spreadsheet formulas in text cells (numbers such as -0.5 are left alone).</summary>
    /// <remarks>A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before one) as a formula;
    /// a leading quote mark makes it text. Only text is changed: a negative number is data, not a formula.</remarks>
    public static string ProtectFormula(object? value, string text)
    {
        if (text.Length == 0 || value is double or float or int or long or short or decimal)
        {
            return text;
        }

        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>Quotes a CSV field when it holds a separator, a quote or a line break (RFC 4180).</summary>
    public static string CsvQuote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>One CSV line: every value formatted, formula-protected and quoted.</summary>
    public static string CsvLine(IEnumerable<object?> values) =>
        string.Join(",", values.Select(v => CsvQuote(ProtectFormula(v, Format(v)))));
}
