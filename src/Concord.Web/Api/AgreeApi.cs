using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Reports.Measures;
using Concord.States;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/agree?a=CHN&amp;b=RUS&amp;forum=ga&amp;by=year</c>: how alike two states (or a state and a group) voted, as <c>concord agree A B</c>.</summary>
public static class AgreeApi
{
    /// <summary>One period: n common votes, the asked-for measures (null where undefined or n is below min-n), and the counts
    /// behind them; <see cref="FirstYear"/>–<see cref="LastYear"/> bound its decisions, to ask <c>/api/diverge</c> for the splits.
    /// <see cref="KappaMeaningful"/> is false when either state's votes are near-unanimous, where kappa collapses (the brief's rule).</summary>
    /// <param name="AVotesOf">Where a continued seat is joined, the states whose votes the row counts for A ("SUN", "SUN RUS", "RUS").</param>
    public sealed record AgreementRow(string Period, int FirstYear, int LastYear, int N, IReadOnlyDictionary<string, double?> Values, int Same, int Opposite, int Partial, bool KappaMeaningful,
        string? AVotesOf = null, string? BVotesOf = null);

    public sealed record AgreeResponse(string Title, StateRef A, StateRef B, string Forum, string Convention, string Periods, string? Issue, int MinN, IReadOnlyList<string> Measures, IReadOnlyList<AgreementRow> Rows, IReadOnlyList<string> Notes);

    public static void MapAgree(this RouteGroupBuilder api) => api.MapGet("/agree", Get);

    public static Results<Ok<AgreeResponse>, FileContentHttpResult> Get(
        ServedRecord record,
        [FromQuery(Name = "a")] string? a,
        [FromQuery(Name = "b")] string? b,
        [FromQuery(Name = "with")] string? with,
        [FromQuery(Name = "forum")] string? forum,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "by")] string? by,
        [FromQuery(Name = "metric")] string? metric,
        [FromQuery(Name = "convention")] string? convention,
        [FromQuery(Name = "min-n")] string? minN,
        [FromQuery(Name = "issue")] string? issue,
        [FromQuery(Name = "no-predecessors")] string? noPredecessors,
        [FromQuery(Name = "format")] string? format)
    {
        var stateA = Parameters.State(a, "a");
        // The groups are the forums of the record (EU, P5, SCO, BRICS, EAS, CSTO), as for `concord agree --with`.
        var groupCode = Parameters.Choice(with, "with", null, record.Forums.Forums.Select(g => g.Code).Order(StringComparer.Ordinal).ToArray());
        if (groupCode is not null && b is not null)
        {
            throw new BadParameterException("with", "Give a second state (b) or a group (with), not both.");
        }

        var stateB = groupCode is null ? Parameters.State(b, "b") : null;
        var f = Parameters.Forum(forum);
        var (fromYear, toYear) = Parameters.Years(from, to, record);
        var conv = AgreementConventions.Parse(Parameters.Choice(convention, "convention", "all", ["all", "voeten", "bsv", "statedept"])!);
        var kind = Parameters.Choice(by, "by", null, ["year", "session", "decade", "issue", "all"]) is { } k ? Enum.Parse<PeriodKind>(k, ignoreCase: true) : conv.DefaultPeriod();
        var metrics = AgreementMetrics.Select(Parameters.Choice(metric, "metric", null, AgreementMetrics.Choices) ?? AgreementMetrics.DefaultFor(conv, allPairs: false));
        var n = Parameters.Int(minN, "min-n", 10, 1, 10_000);
        var issueSet = Parameters.Issue(issue);
        var merge = !Parameters.Flag(noPredecessors, "no-predecessors");
        var csv = Parameters.Csv(format);

        var matrix = record.Matrix(f, merge);
        StateRef side;
        if (groupCode is not null)
        {
            if (!record.Forums.TryGroup(groupCode, out var group))
            {
                throw new BadParameterException("with", $"'{groupCode}' has no full members on record.");
            }

            // A group's majority position becomes one more row; A itself is left out of the majority.
            matrix = GroupPosition.WithGroup(matrix, group, exclude: stateA.Code);
            side = new StateRef(group.Code, group.Name + " (majority position)", []);
        }
        else
        {
            side = StateRef.Of(stateB!, merge);
        }

        var rowA = RowOf(matrix, stateA.Code, "a");
        var rowB = RowOf(matrix, side.Code, "b");
        // A group's row is added to the same decisions, so the frame's periods are the forum's.
        var periods = record.Periods(f, merge, kind, conv, issueSet, fromYear, toYear);
        var counts = AllPairsAgreement.OnePair(matrix, periods, rowA, rowB);
        var rules = conv.CoincidenceRules(matrix, periods);
        var rows = new List<AgreementRow>(periods.Count);
        for (var p = 0; p < periods.Count; p++)
        {
            var scores = AgreementScores.From(counts[p], n, rules[p]);
            var values = new Dictionary<string, double?>(metrics.Length);
            foreach (var (column, value) in metrics)
            {
                values[column] = value(scores);
            }

            // Columns are in date order, so the first and last bound the period.
            var cols = periods[p].Columns;
            var first = cols.Length > 0 ? matrix.Decisions[cols[0]].Year : 0;
            var last = cols.Length > 0 ? matrix.Decisions[cols[^1]].Year : 0;
            rows.Add(new AgreementRow(periods[p].Label, first, last, counts[p].N, values, counts[p].Same, counts[p].Opposite, counts[p].Partial, KappaReading.IsMeaningful(counts[p]),
                JoinedSeats.VotesOf(StateRegistry.Default, stateA.Code, merge, matrix, periods[p]),
                groupCode is null ? JoinedSeats.VotesOf(StateRegistry.Default, side.Code, merge, matrix, periods[p]) : null));
        }

        var notes = new List<string>();
        if (rows.Any(r => r.N < n))
        {
            notes.Add($"Periods with fewer than {n} common votes have no value (n is shown).");
        }

        var title = $"Agreement of {stateA.Name} and {side.Name} in the {f.DisplayName()}";
        if (csv)
        {
            var columns = new List<string> { "period", "n" };
            columns.AddRange(metrics.Select(m => m.Column));
            columns.AddRange(["same", "opposite", "partial", "a_votes_of", "b_votes_of"]);
            return CsvExport.File($"agree-{stateA.Code}-{side.Code}-{f.Code()}", columns,
                rows.Select(r => new object?[] { r.Period, r.N }.Concat(metrics.Select(m => (object?)r.Values[m.Column])).Concat([r.Same, r.Opposite, r.Partial, r.AVotesOf, r.BVotesOf]).ToArray()));
        }

        return TypedResults.Ok(new AgreeResponse(title, StateRef.Of(stateA, merge), side, f.Code(), conv.Code(), kind.ToString().ToLowerInvariant(),
            issueSet == IssueSet.None ? null : IssueSets.Code(issueSet), n, metrics.Select(m => m.Column).ToList(), rows, notes));
    }

    /// <summary>The matrix row of a state, or 400 when the state cast no vote in the forum.</summary>
    internal static int RowOf(VoteMatrix matrix, string code, string parameter) => matrix.TryRowOf(code, out var row)
        ? row
        : throw new BadParameterException(parameter, $"{code} has no recorded votes in the {matrix.Forum.DisplayName()}.");
}
