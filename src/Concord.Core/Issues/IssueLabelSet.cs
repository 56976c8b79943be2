using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Sources;
using nietras.SeparatedValues;

namespace Concord.Issues;

/// <summary>Reads a hand-labelled issue-area file (<c>labels/ga_issue_labels_dev.csv</c>) and checks it against the labelling standard.</summary>
/// <remarks>
/// A row that breaks the standard's own rules is refused with the file, line and field rather than scored: an unknown
/// area, areas out of the standard's order or repeated, an implication that does not hold, a country given without
/// <c>country_human_rights</c> or missing with it, a repeated symbol. The one implication the standard allows to fail,
/// <c>nuclear</c> without <c>arms_control</c> (the IAEA report), is accepted.
/// </remarks>
public static class IssueLabelSet
{
    /// <summary>The development set, relative to the data directory.</summary>
    public const string DevFile = "labels/ga_issue_labels_dev.csv";

    private static readonly string[] s_columns = ["symbol", "session", "title", "areas", "country", "note"];

    public static IReadOnlyList<IssueLabel> Read(string dataDir) =>
        Parse(File.ReadAllText(Path.Combine(dataDir, DevFile)), DevFile);

    public static IReadOnlyList<IssueLabel> Parse(string csv, string fileName)
    {
        var labels = new List<IssueLabel>();
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(csv);
        foreach (var column in s_columns)
        {
            if (!reader.Header.TryIndexOf(column, out _))
            {
                throw new MalformedSourceException(fileName, 1, column, $"the header has no '{column}' column (expected {string.Join(",", s_columns)}).");
            }
        }

        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != reader.Header.ColNames.Count)
            {
                throw new MalformedSourceException(fileName, line, "row", $"{row.ColCount} fields where the header has {reader.Header.ColNames.Count}.");
            }

            var symbol = row["symbol"].ToString().Trim();
            if (symbol.Length == 0 || !symbols.Add(symbol))
            {
                throw new MalformedSourceException(fileName, line, "symbol", symbol.Length == 0 ? "is empty." : $"'{symbol}' is labelled twice.");
            }

            var areas = Areas(row["areas"].ToString(), fileName, line);
            var country = row["country"].ToString().Trim();
            var hasCountryArea = (areas & IssueSet.CountryHumanRights) != 0;
            if (hasCountryArea != (country.Length > 0))
            {
                throw new MalformedSourceException(fileName, line, "country", hasCountryArea
                    ? "is empty, but the row has country_human_rights."
                    : $"'{country}' is given, but the row has no country_human_rights.");
            }

            if (country.Length > 0 && (country.Length != 3 || !country.All(char.IsAsciiLetterUpper)))
            {
                throw new MalformedSourceException(fileName, line, "country", $"'{country}' is not an ISO 3166-1 alpha-3 code.");
            }

            labels.Add(new IssueLabel(symbol, row["session"].ToString().Trim(), row["title"].ToString().Trim(), areas,
                country.Length == 0 ? null : country, row["note"].ToString().Trim()));
        }

        return labels;
    }

    private static IssueSet Areas(string text, string fileName, int line)
    {
        var set = IssueSet.None;
        var lastIndex = -1;
        foreach (var code in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var index = Array.FindIndex(IssueSets.All, a => a.Code == code);
            if (index < 0)
            {
                throw new MalformedSourceException(fileName, line, "areas", $"'{code}' is not an area code ({string.Join(", ", IssueSets.All.Select(a => a.Code))}).");
            }

            if (index <= lastIndex)
            {
                throw new MalformedSourceException(fileName, line, "areas", $"'{code}' is repeated or out of the standard's order.");
            }

            lastIndex = index;
            set |= IssueSets.All[index].Flag;
        }

        foreach (var (from, to) in IssueSets.Implications)
        {
            if ((set & from) != 0 && (set & to) == 0 && !(from == IssueSet.Nuclear && to == IssueSet.ArmsControl))
            {
                throw new MalformedSourceException(fileName, line, "areas", $"{IssueSets.Code(from)} implies {IssueSets.Code(to)}, which is missing.");
            }
        }

        return set;
    }
}
