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
                    throw csv.Error(row, "date", $"'{row[cDate]}' is not a date (expected YYYY-MM-DD)");
                }

                var unres = row[cUnres].ToString();
                var symbol = Symbols.FromUnvotes(unres);
                var amend = row[cAmend].Span.Trim() is "1";
                var para = row[cPara].Span.Trim() is "1";
                var d = new SourceDecision
                {
                    Source = SourceId.Unvotes,
                    File = RollCalls,
                    Line = row.LineNumberFrom,
                    SourceKey = "rcid " + rcid.ToString(CultureInfo.InvariantCulture),
                    Forum = Forum.GeneralAssembly,
                    Symbol = symbol,
                    Kind = amend ? DecisionKind.Amendment : para ? DecisionKind.Paragraph : DecisionKind.Resolution,
                    Outcome = amend || para || symbol is null ? DecisionOutcome.Unknown : DecisionOutcome.Adopted,
                    Date = date,
                    Session = (symbol is null ? null : Symbols.GaSession(symbol)) ?? row[cSession].ToString().Trim(),
                    Title = NullIfEmpty(row[cDescr].ToString()),
                    AgendaItem = NullIfEmpty(row[cShort].ToString()),
                    Important = row[cImportant].Span.Trim() is "1",
                    RegularSession = short.TryParse(row[cSession].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var regular) ? regular : null,
                };
                if (!byRcid.TryAdd(rcid, d))
                {
                    throw csv.Error(row, "rcid", $"roll call {rcid} appears twice");
                }
            }
        }

        using (var csv = CsvSource.Open(dataDir, IssuesFile))
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

                d.Issues.Add(row[cShort].ToString().Trim());
            }
        }

        using (var csv = CsvSource.Open(dataDir, VotesFile))
        {
            int cRcid = csv.Column("rcid"), cCountry = csv.Column("country"), cVote = csv.Column("vote");
            SourceDecision? current = null;
            var currentRcid = -1;
            var seen = new HashSet<string>();
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
                    seen.Clear();
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

                if (!seen.Add(state.Code))
                {
                    throw csv.Error(row, "country", $"{name} ({state.Code}) votes twice in roll call {rcid}");
                }

                current.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
            }
        }

        foreach (var d in byRcid.Values)
        {
            d.Tally = CountTally(d.Votes);
        }

        return new SourceBatch(SourceId.Unvotes, byRcid.Values.OrderBy(d => d.Line).ToList(), [RollCalls, IssuesFile, VotesFile], rows);
    }

    internal static Tally CountTally(List<SourceVote> votes)
    {
        int y = 0, n = 0, a = 0;
        foreach (var v in votes)
        {
            switch (v.Vote)
            {
                case Vote.Yes: y++; break;
                case Vote.No: n++; break;
                case Vote.Abstain: a++; break;
                default: break;
            }
        }

        return new Tally(y, n, a);
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
