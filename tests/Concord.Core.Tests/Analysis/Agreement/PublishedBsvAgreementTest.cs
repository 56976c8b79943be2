using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;
using nietras.SeparatedValues;

namespace Concord.Tests.Analysis.Agreement;

/// <summary>
/// The <c>bsv</c> convention reproduces the agreement columns published with the Bailey–Strezhnev–Voeten ideal points
/// (Harvard Dataverse, June 2024 release) from the same roll calls.
/// </summary>
[Collection(UnvotesOnlyCollection.Name)]
public class PublishedBsvAgreementTest(UnvotesOnlyDatabase built)
{
    [Theory]
    [InlineData("USAgree", "USA")]
    [InlineData("RUSSAgree", "RUS")]
    [InlineData("ChinaAgree", "CHN")]
    public void BsvIdenticalShare_EqualsThePublishedColumn_ForEverySession1To73(string column, string reference)
    {
        // Given the unvotes roll calls and the bsv rule (unanimous dropped, amendments/paragraphs after 1989 dropped, by session)
        var matrix = built.Matrix;
        var periods = Periods.Build(matrix, PeriodKind.Session, d => AgreementConvention.Bsv.Includes(d));
        var referenceRow = matrix.RowOf(reference);
        var ours = new Dictionary<(int Session, string State), double>();
        foreach (var r in AllPairsAgreement.OneAgainstAll(matrix, periods, referenceRow))
        {
            if (AgreementScores.From(r.Counts, 1).Identical is double v)
            {
                ours[(int.Parse(periods[r.Period].Label, CultureInfo.InvariantCulture), matrix.States[r.B])] = v;
            }
        }

        // When compared with every published value for sessions 1-73 (session 74 is only partly in unvotes)
        var compared = 0;
        var mismatches = new List<string>();
        var file = Path.Combine(RealDataDatabase.FindDataDir(), "reference", "IdealpointestimatesAll_Jun2024.csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
        foreach (var row in reader)
        {
            var session = int.Parse(row["session"].Span, CultureInfo.InvariantCulture);
            var published = row[column].ToString();
            if (session > 73 || published is "NA" or "" || !ours.TryGetValue((session, row["iso3c"].ToString()), out var value))
            {
                continue;
            }

            compared++;
            if (Math.Abs(value - double.Parse(published, CultureInfo.InvariantCulture)) > 1e-6)
            {
                mismatches.Add($"{row["iso3c"]} session {session}: {value} vs {published}");
            }
        }

        // Then every one matches (thousands of state-sessions each)
        Assert.True(compared > 7_000, $"only {compared} values compared");
        Assert.Empty(mismatches);
    }
}
