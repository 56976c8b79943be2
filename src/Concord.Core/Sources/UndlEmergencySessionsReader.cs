using System.Globalization;
using Concord.Domain;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the supplement of 2024–2025 emergency-special-session votes that the DGACM extract lacks (A/RES/ES-10/23,
/// ES-10/25–27, ES-11/7 and ES-11/8), scraped from the UN Digital Library's voting records.</summary>
/// <remarks>
/// A third-party scrape, not the Library's own file, so it ranks below DGACM and the Digital Library wide file
/// (<see cref="SourceIds.Precedence"/>): where they hold the same resolution they win. One row per member per
/// resolution; <c>X</c> is non-voting. Every row of one resolution must give the same date, session, title and totals;
/// a file that does not is refused whole, naming the line.
/// </remarks>
public sealed class UndlEmergencySessionsReader(StateRegistry states)
{
    public const string File = "ga/undl_scrape_es_2024_2025/ga_es_2024_2025_votes.csv";

    public SourceBatch Read(string dataDir)
    {
        var decisions = new List<SourceDecision>();
        var bySymbol = new Dictionary<string, SourceDecision>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, File);
        int cRes = csv.Column("resolution"), cDate = csv.Column("date"), cSession = csv.Column("session"), cTitle = csv.Column("title"),
            cCode = csv.Column("ms_code"), cName = csv.Column("ms_name"), cVote = csv.Column("ms_vote"), cYes = csv.Column("total_yes"),
            cNo = csv.Column("total_no"), cAbstain = csv.Column("total_abstentions"), cNonVoting = csv.Column("total_non_voting"),
            cSourceLine = csv.Column("source_line");
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            var raw = row[cRes].ToString().Trim();
            if (raw.Length == 0)
            {
                throw csv.Error(row, "resolution", "empty resolution symbol");
            }

            var symbol = Symbols.NormalizeGa(raw);
            if (Symbols.GaSession(symbol) is not { } session || !session.StartsWith("ES-", StringComparison.Ordinal))
            {
                throw csv.Error(row, "resolution", $"'{raw}' is not a resolution of an emergency special session (A/RES/ES-N/M)");
            }

            if (!Dates.TryParse(row[cDate].Span, out var date))
            {
                throw csv.Error(row, "date", Dates.Problem(row[cDate].Span, "YYYY-MM-DD"));
            }

            if (row[cSession].Span.Trim() is var s && !s.SequenceEqual(session))
            {
                throw csv.Error(row, "session", $"'{s.ToString()}' is not the session of {symbol} ({session})");
            }

            var tally = new Tally(Count(csv, row, cYes, "total_yes", date), Count(csv, row, cNo, "total_no", date),
                Count(csv, row, cAbstain, "total_abstentions", date), Count(csv, row, cNonVoting, "total_non_voting", date));
            var title = DecisionTitles.Clean(row[cTitle].ToString());
            if (!bySymbol.TryGetValue(symbol, out var d))
            {
                d = new SourceDecision
                {
                    Source = SourceId.UndlEsScrape,
                    File = File,
                    Line = row.LineNumberFrom,
                    SourceKey = "scrape line " + row[cSourceLine].ToString().Trim(),
                    Forum = Forum.GeneralAssembly,
                    Symbol = symbol,
                    Kind = DecisionKind.Resolution,
                    Outcome = DecisionOutcome.Adopted,
                    Date = date,
                    Session = session,
                    Title = title,
                    Tally = tally,
                };
                bySymbol.Add(symbol, d);
                decisions.Add(d);
            }
            else if (d.Date != date)
            {
                throw csv.Error(row, "date", $"{symbol} is dated {d.Date:yyyy-MM-dd} on line {d.Line} and {date:yyyy-MM-dd} here");
            }
            else if (d.Tally != tally)
            {
                throw csv.Error(row, "total_yes", $"{symbol} has the totals {d.Tally} on line {d.Line} and {tally} here");
            }

            var vote = row[cVote].Span.Trim() switch
            {
                "Y" => Vote.Yes,
                "N" => Vote.No,
                "A" => Vote.Abstain,
                "X" => Vote.NonVoting,
                var v => throw csv.Error(row, "ms_vote", $"'{v.ToString()}' is not Y, N, A or X"),
            };
            var code = row[cCode].ToString().Trim();
            var name = row[cName].ToString().Trim();
            if (!states.TryResolve(code, date, out var state) && !states.TryResolve(name, date, out state))
            {
                throw csv.Error(row, "ms_code", new UnknownStateException(name.Length > 0 ? name : code, states.Closest(name.Length > 0 ? name : code)).Message);
            }

            if (!seen.Add((symbol, state.Code)))
            {
                throw csv.Error(row, "ms_code", $"{state.Code} votes twice on {symbol}");
            }

            d.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
        }

        return new SourceBatch(SourceId.UndlEsScrape, decisions, [File], rows);
    }

    private static int Count(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, int col, string field, DateOnly date) =>
        VoteCounts.TryParse(row[col].Span, Forum.GeneralAssembly, date, out var n, out var problem) ? n : throw csv.Error(row, field, problem);
}
