using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the two lists of Council vetoes: the Dag Hammarskjöld Library's and the World Politics Data Lab's coded copy.</summary>
/// <remarks>
/// Quirks handled here: DHL dates are text and some are ranges (<c>27-28 October 1983</c>: the first day is
/// kept and the range goes into <c>data check</c>); drafts are written with additions (<c>S/3713/Rev.1 (as
/// amended)</c>, <c>S/471 and S/471/Add.1</c>): the first symbol is the key; early vetoes on procedure or
/// admission have only a meeting record (<c>S/PV.49</c>); the WPDL file ends on 8 Jul 2022 and the DHL one
/// on 26 May 2022 whatever their names say.
/// </remarks>
public sealed partial class VetoListReader(StateRegistry states)
{
    public const string DhlFile = "sc/dhl_veto_list_1946_to_2022-05-26.csv";
    public const string WpdlFile = "sc/unsc_vetoes_1946_sept2022.csv";

    public SourceBatch ReadDhl(string dataDir)
    {
        var decisions = new List<SourceDecision>();
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, DhlFile);
        int cDate = csv.Column("date"), cDraft = csv.Column("draft"), cRecord = csv.Column("written_record"),
            cAgenda = csv.Column("agenda_item"), cWho = csv.Column("permanent_member_casting_negative_vote");
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            var dateText = row[cDate].ToString().Trim();
            var range = DayRange().Match(dateText);
            var firstDay = range.Success ? range.Groups[1].Value + " " + range.Groups[3].Value : dateText;
            if (!Dates.TryParse(firstDay, out var date))
            {
                throw csv.Error(row, "date", Dates.Problem(dateText, "a date like '26 May 2022'"));
            }

            var d = NewVeto(SourceId.DhlVetoList, DhlFile, row.LineNumberFrom, row[cDraft].ToString(), row[cRecord].ToString(), row[cAgenda].ToString(), date, csv, row, "draft");
            foreach (var name in row[cWho].ToString().Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                d.Vetoers.Add(Resolve(name, date, csv, row, "permanent_member_casting_negative_vote"));
            }

            if (d.Vetoers.Count == 0)
            {
                throw csv.Error(row, "permanent_member_casting_negative_vote", "no vetoing member named");
            }

            decisions.Add(d);
        }

        return new SourceBatch(SourceId.DhlVetoList, decisions, [DhlFile], rows);
    }

    public SourceBatch ReadWpdl(string dataDir)
    {
        var decisions = new List<SourceDecision>();
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, WpdlFile);
        int cDate = csv.Column("date"), cDraft = csv.Column("draft"), cRecord = csv.Column("meeting_record"),
            cAgenda = csv.Column("agenda_item"), cTopic = csv.Column("crisis_topic"),
            c1 = csv.Column("member_veto1"), c2 = csv.Column("member_veto2"), c3 = csv.Column("member_veto3");
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            if (!DateTime.TryParseExact(row[cDate].ToString().Trim(), "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) || !Dates.IsPossible(DateOnly.FromDateTime(dt)))
            {
                throw csv.Error(row, "date", Dates.Problem(row[cDate].Span, "a date like 2/16/1946"));
            }

            var date = DateOnly.FromDateTime(dt);
            var d = NewVeto(SourceId.WpdlVetoList, WpdlFile, row.LineNumberFrom, row[cDraft].ToString(), row[cRecord].ToString(), row[cAgenda].ToString(), date, csv, row, "draft");
            d.Title = NullIfEmpty(row[cTopic].ToString());
            foreach (var (c, field) in new[] { (c1, "member_veto1"), (c2, "member_veto2"), (c3, "member_veto3") })
            {
                var name = row[c].ToString().Trim();
                if (name.Length > 0)
                {
                    d.Vetoers.Add(Resolve(name, date, csv, row, field));
                }
            }

            if (d.Vetoers.Count == 0)
            {
                throw csv.Error(row, "member_veto1", "no vetoing member named");
            }

            decisions.Add(d);
        }

        return new SourceBatch(SourceId.WpdlVetoList, decisions, [WpdlFile], rows);
    }

    private static SourceDecision NewVeto(SourceId source, string file, long line, string draftText, string record, string agenda, DateOnly date, CsvSource csv, nietras.SeparatedValues.SepReader.Row row, string field)
    {
        var m = FirstSymbol().Match(draftText);
        if (!m.Success)
        {
            throw csv.Error(row, field, $"'{draftText}' holds no document symbol");
        }

        var symbol = Symbols.NormalizeSc(m.Value.TrimEnd('.', ','));
        var procedural = symbol.StartsWith("S/PV", StringComparison.Ordinal);
        return new SourceDecision
        {
            Source = source,
            File = file,
            Line = line,
            SourceKey = $"{draftText.Trim()} (line {line})",
            Forum = Forum.SecurityCouncil,
            Symbol = symbol,
            Draft = symbol,
            Kind = procedural ? DecisionKind.Procedural : DecisionKind.Draft,
            Outcome = DecisionOutcome.Vetoed,
            Date = date,
            AgendaItem = NullIfEmpty(agenda),
            Meeting = NullIfEmpty(record),
        };
    }

    private string Resolve(string name, DateOnly date, CsvSource csv, nietras.SeparatedValues.SepReader.Row row, string field)
    {
        if (!states.TryResolve(name, date, out var state))
        {
            throw csv.Error(row, field, new UnknownStateException(name, states.Closest(name)).Message);
        }

        if (!Domain.CouncilRules.IsPermanent(state.Code, date))
        {
            throw csv.Error(row, field, $"{name} ({state.Code}) was not a permanent member on {date:yyyy-MM-dd} and could not cast a veto");
        }

        return state.Code;
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"S/[A-Za-z0-9./-]+")]
    private static partial Regex FirstSymbol();

    [GeneratedRegex(@"^(\d{1,2})-(\d{1,2}) (\w+ \d{4})$")]
    private static partial Regex DayRange();
}
