using System.Globalization;
using Concord.Domain;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the UN Digital Library's official voting data CSVs (General Assembly and Security Council), as users download them.</summary>
/// <remarks>
/// The files go in the <c>undl/</c> folder of the data directory under any name; the forum is told by the header
/// (the Council file has <c>permanent_member</c> and <c>modality</c>). One row per member per resolution, grouped
/// here by <c>undl_id</c>. Quirk handled: in the Council file a resolution adopted without a vote has <c>Y</c>
/// for every member, so its member votes are not recorded as votes (<c>modality</c> says so).
/// Member states are matched by their name at the time of the vote first (<c>CHINA</c> before 25 Oct 1971 is
/// the Republic of China), then by <c>ms_code</c>.
/// </remarks>
public sealed class UndlVotingCsvReader(StateRegistry states)
{
    public const string Folder = "undl";

    public SourceBatch Read(string dataDir)
    {
        var dir = Path.Combine(dataDir, Folder);
        var decisions = new List<SourceDecision>();
        var files = new List<string>();
        long rows = 0;
        foreach (var path in Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal))
        {
            var rel = Folder + "/" + Path.GetFileName(path);
            files.Add(rel);
            rows += ReadFile(dataDir, rel, decisions);
        }

        return new SourceBatch(SourceId.UndlVotingCsv, decisions, files, rows);
    }

    private long ReadFile(string dataDir, string rel, List<SourceDecision> decisions)
    {
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, rel);
        var isCouncil = csv.ColumnNames.Contains("permanent_member");
        var forum = isCouncil ? Forum.SecurityCouncil : Forum.GeneralAssembly;
        int cId = csv.Column("undl_id"), cCode = csv.Column("ms_code"), cName = csv.Column("ms_name"), cVote = csv.Column("ms_vote"),
            cDate = csv.Column("date"), cRes = csv.Column("resolution"), cDraft = csv.Column("draft"), cMeeting = csv.Column("meeting"),
            cTitle = csv.Column(isCouncil ? "description" : "title"), cAgenda = csv.Column(isCouncil ? "agenda" : "agenda_title"),
            cSubjects = csv.Column("subjects"), cYes = csv.Column("total_yes"), cNo = csv.Column("total_no"),
            cAbstain = csv.Column("total_abstentions"), cNonVoting = csv.Column("total_non_voting");
        var cModality = isCouncil ? csv.Column("modality") : -1;
        var cSession = isCouncil ? -1 : csv.Column("session");
        var byId = new Dictionary<string, SourceDecision>(StringComparer.Ordinal);
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            var id = row[cId].ToString().Trim();
            if (id.Length == 0)
            {
                throw csv.Error(row, "undl_id", "empty record id");
            }

            if (!byId.TryGetValue(id, out var d))
            {
                if (!Dates.TryParse(row[cDate].Span, out var date))
                {
                    throw csv.Error(row, "date", Dates.Problem(row[cDate].Span, "YYYY-MM-DD"));
                }

                var res = row[cRes].ToString().Trim();
                if (res.Length == 0)
                {
                    throw csv.Error(row, "resolution", "empty resolution symbol");
                }

                var symbol = isCouncil ? Symbols.NormalizeSc(res) : Symbols.NormalizeGa(res);
                var withoutVote = cModality >= 0 && row[cModality].Span.Contains("without", StringComparison.OrdinalIgnoreCase);
                d = new SourceDecision
                {
                    Source = SourceId.UndlVotingCsv,
                    File = rel,
                    Line = row.LineNumberFrom,
                    SourceKey = "undl " + id,
                    UndlId = id,
                    Forum = forum,
                    Symbol = symbol,
                    Draft = NullIfEmpty(row[cDraft].ToString()),
                    Kind = DecisionKind.Resolution,
                    Outcome = DecisionOutcome.Adopted,
                    Date = date,
                    Session = isCouncil ? null : Symbols.GaSession(symbol) ?? NullIfEmpty(row[cSession].ToString()),
                    Title = DecisionTitles.Clean(NullIfEmpty(row[cTitle].ToString())),
                    AgendaItem = NullIfEmpty(row[cAgenda].ToString()),
                    Subjects = NullIfEmpty(row[cSubjects].ToString()),
                    Meeting = NullIfEmpty(row[cMeeting].ToString()),
                    RecordedVote = !withoutVote,
                    Tally = withoutVote ? null : new Tally(Count(csv, row, cYes, "total_yes", forum, date), Count(csv, row, cNo, "total_no", forum, date), Count(csv, row, cAbstain, "total_abstentions", forum, date), Count(csv, row, cNonVoting, "total_non_voting", forum, date)),
                };
                byId.Add(id, d);
                decisions.Add(d);
            }

            var vote = row[cVote].Span.Trim() switch
            {
                "Y" => Vote.Yes,
                "N" => Vote.No,
                "A" => Vote.Abstain,
                "X" or "" => Vote.NonVoting,
                var s => throw csv.Error(row, "ms_vote", $"'{s.ToString()}' is not Y, N, A or X"),
            };
            var name = row[cName].ToString();
            var code = row[cCode].ToString();
            if (!states.TryResolve(name, d.Date, out var state) && !states.TryResolve(code, d.Date, out state))
            {
                throw csv.Error(row, "ms_name", new UnknownStateException(name, states.Closest(name)).Message);
            }

            if (d.RecordedVote)
            {
                d.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
            }
        }

        return rows;
    }

    private static int Count(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, int col, string field, Forum forum, DateOnly? date) =>
        VoteCounts.TryParse(row[col].Span, forum, date, out var n, out var problem) ? n : throw csv.Error(row, field, problem);

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
