using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Reports.Measures;
using Concord.States;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/similar?a=RUS&amp;year=2022</c>: the states that vote most and least like A, as <c>concord similar A</c>.</summary>
public static class SimilarApi
{
    public sealed record SimilarRow(int Rank, string State, string Name, int N, double Value, string Group);

    public sealed record SimilarResponse(string Title, StateRef A, string Forum, string Convention, string Period, string Measure, int MinN, int Compared, IReadOnlyList<SimilarRow> Rows);

    public static void MapSimilar(this RouteGroupBuilder api) => api.MapGet("/similar", Get);

    public static Results<Ok<SimilarResponse>, FileContentHttpResult> Get(
        ServedRecord record,
        [FromQuery(Name = "a")] string? a,
        [FromQuery(Name = "year")] string? year,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "top")] string? top,
        [FromQuery(Name = "forum")] string? forum,
        [FromQuery(Name = "metric")] string? metric,
        [FromQuery(Name = "convention")] string? convention,
        [FromQuery(Name = "min-n")] string? minN,
        [FromQuery(Name = "issue")] string? issue,
        [FromQuery(Name = "no-predecessors")] string? noPredecessors,
        [FromQuery(Name = "format")] string? format)
    {
        var state = Parameters.State(a, "a");
        var (fromYear, toYear) = Parameters.Years(from, to, record);
        if (Parameters.Year(year, "year", record) is { } y)
        {
            if (fromYear is not null || toYear is not null)
            {
                throw new BadParameterException("year", "Give 'year' or 'from'/'to', not both.");
            }

            (fromYear, toYear) = (y, y);
        }

        var n = Parameters.Int(top, "top", 10, 1, 300);
        var f = Parameters.Forum(forum);
        var conv = AgreementConventions.Parse(Parameters.Choice(convention, "convention", "all", ["all", "voeten", "bsv", "statedept"])!);
        var measure = Parameters.Choice(metric, "metric", null, AgreementMetrics.Choices) is { } asked
            ? AgreementMetrics.Select(asked)[0]
            : AgreementMetrics.Column(conv.HeadlineMeasure());
        var min = Parameters.Int(minN, "min-n", 10, 1, 10_000);
        var issueSet = Parameters.Issue(issue);
        var merge = !Parameters.Flag(noPredecessors, "no-predecessors");
        var csv = Parameters.Csv(format);

        var matrix = record.Matrix(f, merge);
        var periods = record.Periods(f, merge, PeriodKind.All, conv, issueSet, fromYear, toYear);
        var registry = StateRegistry.Default;
        var rules = conv.CoincidenceRules(matrix, periods);
        var ranked = AllPairsAgreement.OneAgainstAll(matrix, periods, AgreeApi.RowOf(matrix, state.Code, "a"))
            .Select(r => (State: matrix.States[r.B], r.Counts.N, Value: measure.Value(AgreementScores.From(r.Counts, min, rules[r.Period]))))
            .Where(r => r.Value is not null)
            .OrderByDescending(r => r.Value).ThenBy(r => r.State, StringComparer.Ordinal)
            .ToList();
        var rows = new List<SimilarRow>();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i < n || i >= ranked.Count - n)
            {
                var r = ranked[i];
                rows.Add(new SimilarRow(i + 1, r.State, registry.IsKnownCode(r.State) ? registry[r.State].Name : r.State, r.N, r.Value!.Value, i < n ? "most similar" : "least similar"));
            }
        }

        if (csv)
        {
            return CsvExport.File($"similar-{state.Code}", ["rank", "state", "name", "n", measure.Column, "group"],
                rows.Select(r => new object?[] { r.Rank, r.State, r.Name, r.N, r.Value, r.Group }));
        }

        return TypedResults.Ok(new SimilarResponse($"States voting most and least like {state.Name} in the {f.DisplayName()}", StateRef.Of(state, merge), f.Code(), conv.Code(),
            periods.Count > 0 ? periods[0].Label : "none", measure.Column, min, ranked.Count, rows));
    }
}
