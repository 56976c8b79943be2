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

            if (!int.TryParse(row[cYear].Span.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year is < 1945 or > 2100)
            {
                throw csv.Error(row, "year", $"'{row[cYear]}' is not a year");
            }

            var code = cow.ToString(CultureInfo.InvariantCulture);
            if (!states.TryResolve(code, new DateOnly(year, 12, 1), out var state))
            {
                throw csv.Error(row, "ccode", new UnknownStateException(code, states.Closest(code)).Message);
            }

            var ideal = Number(row[cIdeal].Span) ?? throw csv.Error(row, "IdealPointFP", $"'{row[cIdeal]}' is not a number");
            result.Add(new IdealPointReference(cow, state.Code, year, (int)(Number(row[cVotes].Span) ?? 0), ideal,
                Number(row[c05].Span), Number(row[c10].Span), Number(row[c50].Span), Number(row[c90].Span), Number(row[c95].Span)));
        }

        return result;
    }

    private static double? Number(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        return s.IsEmpty || s is "NA" ? null
            : double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
