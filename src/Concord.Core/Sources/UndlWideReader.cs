using System.Globalization;
using Concord.Domain;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the UN Digital Library voting records in wide form (GA and SC, 1946–2021).</summary>
/// <remarks>
/// Quirks handled here: <c>ABSENT COUNT</c> is really the number of abstentions and <c>NO-VOTE COUNT</c> the
/// number of non-voting members; <c>CHINA</c> before 25 Oct 1971 is the Republic of China; <c>USSR</c> and
/// <c>RUSSIAN FEDERATION</c> are separate columns; an empty cell means not a member; a resolution with
/// <c>X</c> for every member was adopted without a vote. Two GA rows carry only a year as their date.
/// </remarks>
public sealed class UndlWideReader(StateRegistry states)
{
    public const string File = "ga_sc/UN_DATA_ga_sc_votes_1946_2021_wide.csv";

    public SourceBatch Read(string dataDir)
    {
        var decisions = new List<SourceDecision>();
        long rows = 0;
        using var csv = CsvSource.Open(dataDir, File);
        int cCouncil = csv.Column("Council"), cDate = csv.Column("Date"), cTitle = csv.Column("Title"),
            cResolution = csv.Column("Resolution"), cNoVote = csv.Column("NO-VOTE COUNT"), cAbstain = csv.Column("ABSENT COUNT"),
            cNo = csv.Column("NO COUNT"), cYes = csv.Column("YES COUNT"), cToken = csv.Column("token");
        var stateColumns = Enumerable.Range(cToken + 1, csv.ColumnNames.Count - cToken - 1).ToArray();
        var names = csv.ColumnNames;
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            var forum = row[cCouncil].Span.Trim() switch
            {
                "General Assembly" => Forum.GeneralAssembly,
                "Security Council" => Forum.SecurityCouncil,
                _ => throw csv.Error(row, "Council", $"'{row[cCouncil]}' is neither General Assembly nor Security Council"),
            };
            DateOnly? date = null;
            var dateText = row[cDate].Span.Trim();
            if (Dates.TryParse(dateText, out var parsed))
            {
                date = parsed;
            }
            else if (!(dateText.Length == 4 && int.TryParse(dateText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Dates.IsPossibleYear(year)))
            {
                throw csv.Error(row, "Date", Dates.Problem(row[cDate].Span, "YYYY-MM-DD or a year"));
            }

            var rawSymbol = row[cResolution].ToString().Trim();
            string? symbol = rawSymbol is "" or "MISSING_DATA" ? null
                : forum == Forum.GeneralAssembly ? Symbols.NormalizeGa(rawSymbol) : Symbols.NormalizeSc(rawSymbol);
            var isDraft = symbol is not null && !symbol.Contains("/RES/", StringComparison.Ordinal);
            var d = new SourceDecision
            {
                Source = SourceId.UndlWide,
                File = File,
                Line = row.LineNumberFrom,
                SourceKey = "undl " + row[cToken].ToString().Trim(),
                UndlId = row[cToken].ToString().Trim(),
                Forum = forum,
                Symbol = symbol,
                Draft = isDraft ? symbol : null,
                Kind = isDraft ? DecisionKind.Draft : DecisionKind.Resolution,
                // The file lists adopted resolutions; for the few stray GA drafts in it (A/73/L.42 failed, A/76/L.14
                // does not say) the outcome is not stated, so it is not guessed.
                Outcome = isDraft || symbol is null ? DecisionOutcome.Unknown : DecisionOutcome.Adopted,
                Date = date,
                Session = forum == Forum.GeneralAssembly && symbol is not null ? Symbols.GaSession(symbol) : null,
                Title = DecisionTitles.Clean(row[cTitle].ToString()),
                Tally = new Tally(Count(csv, row, cYes, "YES COUNT", forum, date), Count(csv, row, cNo, "NO COUNT", forum, date), Count(csv, row, cAbstain, "ABSENT COUNT", forum, date), Count(csv, row, cNoVote, "NO-VOTE COUNT", forum, date)),
            };
            var cast = 0;
            foreach (var c in stateColumns)
            {
                var cell = row[c].Span.Trim();
                if (cell.IsEmpty)
                {
                    continue;
                }

                var vote = cell switch
                {
                    "Y" => Vote.Yes,
                    "N" => Vote.No,
                    "A" => Vote.Abstain,
                    "X" => Vote.NonVoting,
                    _ => throw csv.Error(row, names[c], $"'{cell.ToString()}' is not Y, N, A or X"),
                };
                if (!states.TryResolve(names[c], date ?? new DateOnly(YearOf(dateText), 7, 1), out var state))
                {
                    throw csv.Error(row, names[c], new UnknownStateException(names[c], states.Closest(names[c])).Message);
                }

                if (vote != Vote.NonVoting)
                {
                    cast++;
                }

                d.Votes.Add(new SourceVote(state.Code, vote, row.LineNumberFrom));
            }

            if (cast == 0)
            {
                d.RecordedVote = false;
                d.Votes.Clear();
            }

            decisions.Add(d);
        }

        return new SourceBatch(SourceId.UndlWide, decisions, [File], rows);
    }

    private static int YearOf(ReadOnlySpan<char> text) => int.TryParse(text[..Math.Min(4, text.Length)], out var y) ? y : 1946;

    private static int Count(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, int col, string field, Forum forum, DateOnly? date) =>
        VoteCounts.TryParse(row[col].Span, forum, date, out var n, out var problem) ? n : throw csv.Error(row, field, problem);
}
