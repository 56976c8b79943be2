using System.Text.RegularExpressions;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Sources;
using nietras.SeparatedValues;

namespace Concord.Issues;

/// <summary>The ordered issue-area rules, read from one CSV file and checked line by line.</summary>
public static class IssueRuleSet
{
    private static readonly string[] s_columns = ["area", "effect", "field", "pattern", "unless", "country", "why"];

    /// <summary>Reads rules; a bad line is refused with the file, line and field, and no rule is kept.</summary>
    /// <remarks>The <c>area</c> column holds one area code or several separated by <c>;</c>.</remarks>
    public static IReadOnlyList<IssueRule> Parse(string csv, string fileName)
    {
        var rules = new List<IssueRule>();
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

            IssueSet areas;
            try
            {
                areas = IssueSets.ParseList(row["area"].ToString(), ';');
            }
            catch (ArgumentException e)
            {
                throw new MalformedSourceException(fileName, line, "area", e.Message);
            }

            if (areas == IssueSet.None)
            {
                throw new MalformedSourceException(fileName, line, "area", "is empty.");
            }

            var effect = row["effect"].ToString().Trim() switch
            {
                "add" => IssueRuleEffect.Add,
                "remove" => IssueRuleEffect.Remove,
                var other => throw new MalformedSourceException(fileName, line, "effect", $"'{other}' is not add or remove."),
            };
            var field = row["field"].ToString().Trim() switch
            {
                "any" => IssueRuleField.Any,
                "title" => IssueRuleField.Title,
                "agenda" => IssueRuleField.Agenda,
                "subjects" => IssueRuleField.Subjects,
                "heading" => IssueRuleField.Heading,
                var other => throw new MalformedSourceException(fileName, line, "field", $"'{other}' is not any, title, agenda, subjects or heading."),
            };
            var pattern = Compile(row["pattern"].ToString(), fileName, line, "pattern")
                ?? throw new MalformedSourceException(fileName, line, "pattern", "is empty.");
            var unless = Compile(row["unless"].ToString(), fileName, line, "unless");
            var country = row["country"].ToString().Trim();
            if (country.Length > 0 && (country.Length != 3 || !country.All(char.IsAsciiLetterUpper)))
            {
                throw new MalformedSourceException(fileName, line, "country", $"'{country}' is not an ISO 3166-1 alpha-3 code.");
            }

            if (country.Length > 0 && (areas & IssueSet.CountryHumanRights) == 0)
            {
                throw new MalformedSourceException(fileName, line, "country", "is given for a rule that does not add country_human_rights.");
            }

            var why = row["why"].ToString().Trim();
            if (why.Length == 0)
            {
                throw new MalformedSourceException(fileName, line, "why", "is empty: every rule says why it is there.");
            }

            rules.Add(new IssueRule(line, areas, effect, field, pattern, unless, country.Length == 0 ? null : country, why));
        }

        return rules;
    }

    private static Regex? Compile(string text, string fileName, int line, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            // Compiled: the sync runs every pattern over every decision, and compiled patterns match about ten times
            // faster (4.3 s to 0.45 s for the whole record). A time limit so that a careless pattern cannot hang a sync;
            // it is wall time, so it is generous (10 s): at 1 s a sync on a starved machine (load 20 on two cores)
            // failed on patterns that take microseconds.
            return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException e)
        {
            throw new MalformedSourceException(fileName, line, field, $"not a valid regular expression: {e.Message}");
        }
    }
}
