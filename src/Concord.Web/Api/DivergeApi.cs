using Concord.Analysis.Agreement;
using Concord.Analysis.Divergence;
using Concord.Domain;
using Concord.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Web.Api;

/// <summary><c>/api/diverge?a=CHN&amp;b=RUS</c>: the decisions where two states voted differently, ranked, as <c>concord diverge A B</c>.</summary>
public static class DivergeApi
{
    public sealed record DivergenceRow(int Rank, DateOnly Date, string? Symbol, string? Title, IReadOnlyList<string> Issues, string VoteA, string VoteB, string Split, string Tally, double Contested);

    public sealed record IssueSplits(string Issue, int Splits);

    /// <remarks><see cref="Listed"/> is how many splits of the asked kind (<see cref="Split"/>) there are; <see cref="Rows"/> are
    /// those from <see cref="Offset"/> on, at most top of them, so that a figure opens exactly the decisions it counts, page by page.</remarks>
    public sealed record DivergeResponse(string Title, StateRef A, StateRef B, string Forum, string? Issue, int? From, int? To, int CommonVotes, double? Agreement,
        int Splits, int Opposite, int OneAbstained, IReadOnlyList<IssueSplits> ByIssue, string Split, int Listed, int Offset, IReadOnlyList<DivergenceRow> Rows, IReadOnlyList<string> Notes);

    public static void MapDiverge(this RouteGroupBuilder api) => api.MapGet("/diverge", Get);

    public static Results<Ok<DivergeResponse>, FileContentHttpResult> Get(
        ServedRecord record,
        [FromQuery(Name = "a")] string? a,
        [FromQuery(Name = "b")] string? b,
        [FromQuery(Name = "forum")] string? forum,
        [FromQuery(Name = "issue")] string? issue,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "top")] string? top,
        [FromQuery(Name = "split")] string? split,
        [FromQuery(Name = "offset")] string? offset,
        [FromQuery(Name = "format")] string? format)
    {
        var sa = Parameters.State(a, "a");
        var sb = Parameters.State(b, "b");
        var f = Parameters.Forum(forum);
        var issueSet = Parameters.Issue(issue);
        var (fromYear, toYear) = Parameters.Years(from, to, record);
        var n = Parameters.Int(top, "top", 25, 1, 1000);
        var kind = Parameters.Choice(split, "split", "all", ["all", "opposite", "one-abstained"])!;
        var skip = Parameters.Int(offset, "offset", 0, 0, 1_000_000);
        var csv = Parameters.Csv(format);

        var matrix = record.Matrix(f, mergePredecessors: true);
        var rowA = AgreeApi.RowOf(matrix, sa.Code, "a");
        var rowB = AgreeApi.RowOf(matrix, sb.Code, "b");
        bool Include(MatrixDecision d) => (fromYear is null || d.Year >= fromYear) && (toYear is null || d.Year <= toYear) && d.IsIn(issueSet);
        var splits = DivergenceFinder.Find(matrix, rowA, rowB, Include);
        var ofKind = kind switch
        {
            "opposite" => splits.Where(d => d.Opposite).ToList(),
            "one-abstained" => splits.Where(d => !d.Opposite).ToList(),
            _ => splits,
        };
        var shown = ofKind.Skip(skip).Take(n).ToList();
        var rows = shown.Select((d, k) =>
        {
            var s = record.Summary(d.Decision.DecisionId);
            return new DivergenceRow(skip + k + 1, d.Decision.Date, s?.Symbol, s?.Title ?? s?.AgendaItem, [.. IssueSets.Codes(d.Decision.Issues).Split(',', StringSplitOptions.RemoveEmptyEntries)], d.A.Label(), d.B.Label(),
                d.Opposite ? "opposite" : "one abstained", d.Tally.ToString(), Math.Round(d.Contestedness, 6));
        }).ToList();
        if (csv)
        {
            return CsvExport.File($"diverge-{sa.Code}-{sb.Code}-{f.Code()}", ["rank", "date", "symbol", "title", "issues", sa.Code, sb.Code, "split", "tally", "contested"],
                rows.Select(r => new object?[] { r.Rank, r.Date, r.Symbol, r.Title, string.Join(" ", r.Issues), r.VoteA, r.VoteB, r.Split, r.Tally, r.Contested }));
        }

        // The frame's one period is shared with every other pair asked about in it.
        var periods = record.Periods(f, true, PeriodKind.All, AgreementConvention.All, issueSet, fromYear, toYear);
        var counts = periods.Count == 0 ? default : AllPairsAgreement.OnePair(matrix, periods, rowA, rowB)[0];
        var notes = new List<string> { "Ranked: opposite votes first, then one abstaining; within each, the more divided the whole body (contested = 1 - |yes - no| / all votes), the higher. Issue codes are the unvotes areas (to 2019)." };
        if (ofKind.Count > skip + n)
        {
            notes.Add($"{ofKind.Count - skip - n} more splits not listed (top, offset).");
        }

        return TypedResults.Ok(new DivergeResponse($"Where {sa.Name} and {sb.Name} split in the {f.DisplayName()}", StateRef.Of(sa, true), StateRef.Of(sb, true), f.Code(),
            issueSet == IssueSet.None ? null : IssueSets.Code(issueSet), fromYear, toYear, counts.N, AgreementScores.From(counts, 1).Agreement,
            splits.Count, splits.Count(d => d.Opposite), splits.Count(d => !d.Opposite),
            IssueSets.All.Select(x => new IssueSplits(x.Code, splits.Count(d => d.Decision.IsIn(x.Flag)))).ToList(), kind, ofKind.Count, skip, rows, notes));
    }
}
