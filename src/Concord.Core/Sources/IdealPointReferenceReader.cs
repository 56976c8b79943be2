using System.Globalization;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the Bailey–Strezhnev–Voeten ideal points for 1946–2025 (tab-separated, Harvard Dataverse).</summary>
/// <remarks>States are matched on the COW code, which the file keeps stable where ISO codes and names vary.</remarks>
public sealed class IdealPointReferenceReader(StateRegistry states)
{
    public const string File = "reference/Idealpointestimates1946-2025.tab";

    public IReadOnlyList<IdealPointReference> Read(string dataDir, out long rows)
    {
        var result = new List<IdealPointReference>();
        rows = 0;
        using var csv = CsvSource.Open(dataDir, File, '\t');
        int cCow = csv.Column("ccode"), cYear = csv.Column("year"), cVotes = csv.Column("NVotesFP"), cIdeal = csv.Column("IdealPointFP"),
            c05 = csv.Column("Q5%FP"), c10 = csv.Column("Q10%FP"), c50 = csv.Column("Q50%FP"), c90 = csv.Column("Q90%FP"), c95 = csv.Column("Q95%FP");
        var seen = new HashSet<(int, int)>();
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            rows++;
            if (!int.TryParse(row[cCow].Span.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var cow))
            {
                throw csv.Error(row, "ccode", $"'{row[cCow]}' is not a COW code");
            }

            if (!int.TryParse(row[cYear].Span.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || !Dates.IsPossibleYear(year))
            {
                throw csv.Error(row, "year", $"'{row[cYear]}' is not a year");
            }

            var code = cow.ToString(CultureInfo.InvariantCulture);
            if (!states.TryResolve(code, new DateOnly(year, 12, 1), out var state))
            {
                throw csv.Error(row, "ccode", new UnknownStateException(code, states.Closest(code)).Message);
            }

            if (!seen.Add((cow, year)))
            {
                throw csv.Error(row, "year", $"COW {cow} ({state.Code}) has a second estimate for {year}");
            }

            var ideal = Number(csv, row, cIdeal, "IdealPointFP") ?? throw csv.Error(row, "IdealPointFP", $"'{row[cIdeal]}' is not a number");
            var votes = Number(csv, row, cVotes, "NVotesFP") ?? 0;
            if (votes < 0 || votes != Math.Floor(votes) || votes > MaxVotesPerYear)
            {
                throw csv.Error(row, "NVotesFP", $"'{row[cVotes]}' is not a count of votes");
            }

            result.Add(new IdealPointReference(cow, state.Code, year, (int)votes, ideal,
                Number(csv, row, c05, "Q5%FP"), Number(csv, row, c10, "Q10%FP"), Number(csv, row, c50, "Q50%FP"), Number(csv, row, c90, "Q90%FP"), Number(csv, row, c95, "Q95%FP")));
        }

        return result;
    }

    /// <summary>The largest position or quantile accepted, in the estimates' own units.</summary>
    /// <remarks>The published estimates lie within ±4.5 (1946–2025); the scale is standardised, so a value beyond ±10
    /// is a corrupted field, and one such value (1e300) would otherwise move every ideal point mapped onto the scale.</remarks>
    public const double MaxAbsolute = 10;

    /// <summary>The most votes a state-year can rest on: the file's largest is 164; 2,000 leaves room and catches a corrupted count.</summary>
    public const int MaxVotesPerYear = 2000;

    /// <summary>A finite number within ±<see cref="MaxAbsolute"/>, or null where R wrote nothing or NA; any other text (NaN included) is refused, not dropped.</summary>
    private static double? Number(CsvSource csv, nietras.SeparatedValues.SepReader.Row row, int column, string field)
    {
        var s = row[column].Span.Trim();
        if (s.IsEmpty || s is "NA")
        {
            return null;
        }

        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw csv.Error(row, field, $"'{s.ToString()}' is not a number");
        }

        return field == "NVotesFP" || Math.Abs(v) <= MaxAbsolute
            ? v
            : throw csv.Error(row, field, $"'{s.ToString()}' is outside ±{MaxAbsolute}, the range of the estimates (they lie within ±4.5)");
    }
}
