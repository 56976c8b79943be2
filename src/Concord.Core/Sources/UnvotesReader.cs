using System.Globalization;
using Concord.Domain;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the <c>unvotes</c> package data (Voeten's General Assembly roll calls, 1946–2019).</summary>
/// <remarks>
/// Quirks handled here: one resolution can have several roll calls (amendments, separate paragraphs);
/// <c>amend</c>/<c>para</c> are empty for many later roll calls and then mean a vote on the whole text;
/// <c>Russia</c> stands for the USSR before 1992 and the Republic of China is <c>Taiwan</c>;
/// absent members were removed by the package, so absence is never recorded here.
/// The roll-call dates are often the committee date rather than the plenary date; the UN sources win.
/// </remarks>
public sealed class UnvotesReader(StateRegistry states)
{
    public const string RollCalls = "ga/unvotes_cran_0.3.0/un_roll_calls.csv";
    public const string IssuesFile = "ga/unvotes_cran_0.3.0/un_roll_call_issues.csv";
    public const string VotesFile = "ga/unvotes_cran_0.3.0/un_votes.csv.gz";

    private static readonly string[] s_issueCodes = [.. Domain.IssueSets.UnvotesCodes.Select(x => x.Code)];

    public SourceBatch Read(string dataDir)
    {
        var byRcid = new Dictionary<int, SourceDecision>();
        long rows = 0;
        using (var csv = CsvSource.Open(dataDir, RollCalls))
        {
            int cRcid = csv.Column("rcid"), cSession = csv.Column("session"), cImportant = csv.Column("importantvote"),
                cDate = csv.Column("date"), cUnres = csv.Column("unres"), cAmend = csv.Column("amend"),
                cPara = csv.Column("para"), cShort = csv.Column("short"), cDescr = csv.Column("descr");
            foreach (var row in csv.Reader)
            {
                if (!csv.Accept(row))
                {
                    continue;
                }

                rows++;
                if (!int.TryParse(row[cRcid].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var rcid))
                {
                    throw csv.Error(row, "rcid", $"'{row[cRcid]}' is not a roll-call number");
                }

                if (!Dates.TryParse(row[cDate].Span, out var date))
                {
                    throw csv.Error(row, "date", Dates.Problem(row[cDate].Span, "YYYY-MM-DD"));
                }

                var unres = row[cUnres].ToString();
                var symbol = Symbols.FromUnvotes(unres);
                var amend = Flag(csv, row, cAmend, "amend");
                var para = Flag(csv, row, cPara, "para");
                var important = Flag(csv, row, cImportant, "importantvote");
                var sessionText = row[cSession].Span.Trim();
                short regular = 0;
                if (!sessionText.IsEmpty && !short.TryParse(sessionText, NumberStyles.None, CultureInfo.InvariantCulture, out regular))
                {
                    throw csv.Error(row, "session", $"'{row[cSession]}' is not a session number");
                }

                var d = new SourceDecision
                {
                    Source = SourceId.Unvotes,
                    File = RollCalls,
                    VotesFile = VotesFile,
                    Line = row.LineNumberFrom,
                    SourceKey = "rcid " + rcid.ToString(CultureInfo.InvariantCulture),
                    Forum = Forum.GeneralAssembly,
                    Symbol = symbol,
                    Kind = amend ? DecisionKind.Amendment : para ? DecisionKind.Paragraph : DecisionKind.Resolution,
                    Outcome = amend || para || symbol is null ? DecisionOutcome.Unknown : DecisionOutcome.Adopted,
                    Date = date,
                    Session = (symbol is null ? null : Symbols.GaSession(symbol)) ?? row[cSession].ToString().Trim(),
                    Title = DecisionTitles.Clean(NullIfEmpty(row[cDescr].ToString())),
                    AgendaItem = NullIfEmpty(row[cShort].ToString()),
                    Important = important,
                    RegularSession = sessionText.IsEmpty ? null : regular,
                };
                if (!byRcid.TryAdd(rcid, d))
                {
                    throw csv.Error(row, "rcid", $"roll call {rcid} appears twice");
                }
            }
        }

        // Many roll calls have no issue code (5,745 codes for 6,202 roll calls), so a subset may have none at all.
        using (var csv = CsvSource.Open(dataDir, IssuesFile, rowsRequired: false))
        {
            int cRcid = csv.Column("rcid"), cShort = csv.Column("short_name");
            foreach (var row in csv.Reader)
            {
                if (!csv.Accept(row))
                {
                    continue;
                }

                rows++;
                if (!int.TryParse(row[cRcid].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var rcid) || !byRcid.TryGetValue(rcid, out var d))
                {
                    throw csv.Error(row, "rcid", $"'{row[cRcid]}' is not a roll call in {RollCalls}");
                }

                var issue = row[cShort].ToString().Trim();
                if (!s_issueCodes.Contains(issue))
                {
                    throw csv.Error(row, "short_name", $"'{issue}' is not one of the unvotes issue codes ({string.Join(", ", s_issueCodes)})");
                }

                d.Issues.Add(issue);
            }
        }

        using (var csv = CsvSource.Open(dataDir, VotesFile))
        {
            int cRcid = csv.Column("rcid"), cCountry = csv.Column("country"), cVote = csv.Column("vote");
            SourceDecision? current = null;
            var currentRcid = -1;
            // The rows of one roll call are not always adjacent (the real file interleaves them), so a member voting
            // twice is looked for across the whole file, not only in the current run of rows.
            var seen = new HashSet<(int, string)>();
            foreach (var row in csv.Reader)
            {
                if (!csv.Accept(row))
                {
                    continue;
                }

                rows++;
                if (!int.TryParse(row[cRcid].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var rcid))
                {
                    throw csv.Error(row, "rcid", $"'{row[cRcid]}' is not a roll-call number");
                }

                if (rcid != currentRcid)
                {
                    if (!byRcid.TryGetValue(rcid, out current))
                    {
                        throw csv.Error(row, "rcid", $"roll call {rcid} is not in {RollCalls}");
                    }

                    currentRcid = rcid;
                }

                var vote = row[cVote].Span.Trim() switch
                {
                    "yes" => Vote.Yes,
                    "no" => Vote.No,
                    "abstain" => Vote.Abstain,
                    _ => throw csv.Error(row, "vote", $"'{row[cVote]}' is not yes, no or abstain"),
                };
                var name = row[cCountry].ToString();
                if (!states.TryResolve(name, current!.Date, out var state))
                {
                    throw csv.Error(row, "country", new UnknownStateException(name, states.Closest(name)).Message);
                }

                if (!seen.Add((rcid, state.Code)))
                {
                    throw csv.Error(row, "country", $"{name} ({state.Code}) votes twice in roll call {rcid}");
                }

                current.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
            }
        }

        foreach (var d in byRcid.Values)
        {
            d.Tally = CountTally(d.Votes);
            d.TallyFromVotes = true;
        }

        return new SourceBatch(SourceId.Unvotes, byRcid.Values.OrderBy(d => d.Line).ToList(), [RollCalls, IssuesFile, VotesFile], rows);
    }

    internal static Tally CountTally(List<SourceVote> votes) => Tally.Count(votes.Select(v => v.Vote));

    /// <summary>A 0/1 column; empty means 0 (the package leaves many empty). Anything else is not guessed.</summary>
    private static bool Flag(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, int column, string field) => row[column].Span.Trim() switch
    {
        "1" => true,
        "0" or "" => false,
        var other => throw csv.Error(row, field, $"'{other.ToString()}' is not 0 or 1"),
    };

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
