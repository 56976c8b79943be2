using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the small compilation of failed and vetoed Council drafts with each member's vote (Emily Tong, 1947–2022).</summary>
/// <remarks>
/// A cross-check, not a primary source: it covers 53 votes, has no dates (a year and a meeting number only) and
/// sometimes names the USSR "Russian Federation". What it adds is a second, independent reading of the member votes
/// and the sponsor of each draft, so that the invariants can tell which of two disagreeing sources is right (the
/// drafts compilation has Russia voting against its own draft S/2019/962). Votes on single paragraphs and records
/// without a draft symbol are skipped; a record whose lists do not add up to its own tally is kept, and the
/// invariants withhold its votes.
/// </remarks>
public sealed partial class FailedDraftsSubsetReader(StateRegistry states)
{
    public const string File = "sc/unsc_failed_drafts_subset_1947_2022_emilytong.csv";

    public SourceBatch Read(string dataDir)
    {
        var decisions = new List<SourceDecision>();
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, File);
        int cMeeting = csv.Column("Meeting Number"), cOn = csv.Column("Voting On"), cYear = csv.Column("Year"),
            cSponsors = csv.Column("Submitted By"), cYes = csv.Column("In Favor"), cAbstain = csv.Column("Abstain"),
            cNo = csv.Column("Against"), cTally = csv.Column("For,Abstain,Against");
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            if (!int.TryParse(row[cYear].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !Dates.IsPossibleYear(year))
            {
                throw csv.Error(row, "Year", $"'{row[cYear]}' is not a year");
            }

            var on = DraftOnly().Match(row[cOn].ToString().Trim());
            if (!on.Success)
            {
                // "S/1076 Paragraph 5", "174th Meeting Draft Resolution": a paragraph vote or no symbol to match on.
                continue;
            }

            // Names are resolved as of the year's end: the file's 1971 votes are December's, after the PRC took the seat.
            var asOf = new DateOnly(year, 12, 31);
            var tally = ParseTally(csv, row, row[cTally].ToString());
            var draft = Symbols.NormalizeSc(on.Value);
            var d = new SourceDecision
            {
                Source = SourceId.FailedDraftsSubset,
                File = File,
                Line = row.LineNumberFrom,
                SourceKey = $"meeting {row[cMeeting].ToString().Trim()} {draft}",
                Forum = Forum.SecurityCouncil,
                Symbol = draft,
                Draft = draft,
                Kind = DecisionKind.Draft,
                Outcome = DecisionOutcome.Unknown,
                Meeting = "S/PV." + row[cMeeting].ToString().Trim(),
                Tally = tally,
            };
            AddVotes(csv, row, d, row[cYes].ToString(), Vote.Yes, "In Favor", asOf);
            AddVotes(csv, row, d, row[cNo].ToString(), Vote.No, "Against", asOf);
            AddVotes(csv, row, d, row[cAbstain].ToString(), Vote.Abstain, "Abstain", asOf);
            foreach (var name in ParseList(csv, row, row[cSponsors].ToString(), "Submitted By"))
            {
                if (states.TryResolve(name, asOf, out var sponsor))
                {
                    d.Sponsors.Add(sponsor.Code);
                }
            }

            decisions.Add(d);
        }

        return new SourceBatch(SourceId.FailedDraftsSubset, decisions, [File], rows);
    }

    private void AddVotes(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, SourceDecision d, string list, Vote vote, string field, DateOnly asOf)
    {
        foreach (var name in ParseList(csv, row, list, field))
        {
            if (!states.TryResolve(name, asOf, out var state))
            {
                throw csv.Error(row, field, new UnknownStateException(name, states.Closest(name)).Message);
            }

            d.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
        }
    }

    /// <summary>A Python list literal of names: <c>['China', "Côte d'Ivoire"]</c>.</summary>
    private static List<string> ParseList(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, string text, string field)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        if (text[0] != '[' || text[^1] != ']')
        {
            throw csv.Error(row, field, $"'{Cut(text)}' is not a list like ['China', 'France']");
        }

        var names = new List<string>();
        foreach (Match m in ListItem().Matches(text))
        {
            names.Add(m.Groups["s"].Success ? m.Groups["s"].Value : m.Groups["d"].Value);
        }

        return names;
    }

    private static Tally ParseTally(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, string text)
    {
        var m = TallyTriple().Match(text);
        if (!m.Success)
        {
            throw csv.Error(row, "For,Abstain,Against", $"'{Cut(text)}' is not a tally like (5, 4, 6)");
        }

        short Part(int i) => short.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
        var (yes, abstain, no) = (Part(1), Part(2), Part(3));
        if (yes + abstain + no > 15)
        {
            throw csv.Error(row, "For,Abstain,Against", $"{yes + abstain + no} votes is more than the Council's 15 members");
        }

        return new Tally(yes, no, abstain);
    }

    private static string Cut(string s) => s.Length <= 60 ? s : s[..60] + "...";

    [GeneratedRegex(@"^S/\d+(?:/\d+)*(?:/Rev\.\d+)?(?:/Add\.\d+)?$")]
    private static partial Regex DraftOnly();

    [GeneratedRegex(@"'(?<s>[^']*)'|""(?<d>[^""]*)""")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*\(\s*(\d{1,2})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)\s*$")]
    private static partial Regex TallyTriple();
}
