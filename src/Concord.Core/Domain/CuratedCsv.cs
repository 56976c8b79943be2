using Concord.Domain;
using Concord.Sources;
using nietras.SeparatedValues;

namespace Concord.Domain;

/// <summary>The rows of a curated CSV file (data/curated), read strictly, and the checks every such file shares:
/// required and unknown columns, field counts, dates and source citations.</summary>
/// <remarks>
/// Used by <see cref="ForumDataReader"/> and <c>Concord.Domain.MembershipRegisterReader</c>, so that a curated
/// file is refused for the same reasons, with the same messages, whichever table it belongs to. Every problem is a
/// <see cref="MalformedSourceException"/> naming the file, line and field.
/// </remarks>
internal static class CuratedCsv
{
    /// <summary>The four columns that cite a row's source.</summary>
    public static readonly string[] SourceColumns = ["source_publisher", "source_title", "source_date", "source_url"];

    /// <summary>The earliest date a curated file may give (the Charter came into force in October 1945).</summary>
    public static readonly DateOnly Earliest = new(UnCalendar.FirstYear, 1, 1);

    /// <summary>The data rows of <paramref name="text"/>, which must have exactly <paramref name="columns"/> (in any order).</summary>
    public static IEnumerable<CuratedRow> Rows(string file, string text, string[] columns)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true }).FromText(text);
        var header = reader.Header.ColNames;
        foreach (var c in columns)
        {
            if (!header.Contains(c))
            {
                throw new MalformedSourceException(file, 1, c, $"required column '{c}' is missing (found: {string.Join(", ", header)})");
            }
        }

        foreach (var h in header)
        {
            if (!columns.Contains(h))
            {
                throw new MalformedSourceException(file, 1, h, $"unknown column '{h}' (expected: {string.Join(", ", columns)})");
            }
        }

        foreach (var r in reader)
        {
            if (r.ColCount == 1 && r[0].Span.IsWhiteSpace())
            {
                continue;
            }

            if (r.ColCount != header.Count)
            {
                throw new MalformedSourceException(file, r.LineNumberFrom, "(row)", $"malformed line: {r.ColCount} fields, the header has {header.Count}");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = r[i].ToString().Trim();
            }

            yield return new CuratedRow(file, r.LineNumberFrom, values);
        }
    }

    /// <summary>A date of the given precision or coarser, between <see cref="Earliest"/> and <paramref name="today"/>.</summary>
    public static PartialDate Date(CuratedRow row, string field, string text, DateOnly today)
    {
        if (!PartialDate.TryParse(text, out var date))
        {
            throw row.Error(field, $"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        if (date.First < Earliest || date.First > today)
        {
            throw row.Error(field, $"{text} is out of range ({Earliest:yyyy-MM-dd} to {today:yyyy-MM-dd})");
        }

        return date;
    }

    /// <summary>The row's source: publisher and date required, a title or an http(s) address or both.</summary>
    public static SourceCitation Source(CuratedRow row, DateOnly today)
    {
        var publisher = row.Optional("source_publisher") ?? throw row.Error("source_publisher", "missing source: every row names its publisher");
        var title = row.Optional("source_title");
        var url = row.Optional("source_url");
        if (title is null && url is null)
        {
            throw row.Error("source_title", "missing source: give the title, the URL, or both");
        }

        if (url is not null && !(url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)))
        {
            throw row.Error("source_url", $"'{url}' is not an http(s) address");
        }

        var date = row.Optional("source_date") is { } d ? Date(row, "source_date", d, today) : throw row.Error("source_date", "missing source: every row gives the source's date");
        return new SourceCitation(publisher, title, date, url);
    }
}

/// <summary>One data row of a curated file: its values by column, and where it is, for error messages.</summary>
internal sealed record CuratedRow(string File, long Line, Dictionary<string, string> Values)
{
    public string Required(string field) => Optional(field) ?? throw Error(field, "is empty");

    public string? Optional(string field) => Values.TryGetValue(field, out var v) && v.Length > 0 ? v : null;

    public MalformedSourceException Error(string field, string problem) => new(File, Line, field, problem);
}
