using Concord.Reconciliation;
using Concord.Store;

namespace Concord.Questions.Status;

/// <summary>What the database holds, per forum and source, with the Council's numbering and the control totals: the
/// one answer <c>concord data status</c> and <c>/api/status</c> both render.</summary>
/// <remarks>Not in the question list: the CLI renders it as a table with facts, the API as its own JSON document
/// (with the years the other endpoints accept), and neither takes a parameter.</remarks>
public static class StatusQuestion
{
    /// <summary>The coverage rows, the Council's numbering and drafts, and the control totals (the Assembly's summary and the Council's years).</summary>
    public sealed record Answer(IReadOnlyList<CoverageTable.Row> Coverage, CoverageTable.CouncilSummary Council, ControlTotalTable.Summary AssemblyTotals, IReadOnlyList<ControlTotalTable.Row> CouncilTotals);

    public static Answer Run(ConcordDatabase db) =>
        new(CoverageTable.Run(db), CoverageTable.Council(db), ControlTotalTable.Summarise(db), [.. ControlTotalTable.List(db).Where(r => r.Forum == "sc")]);

    public static ResultTable ToTable(Answer a, string databasePath)
    {
        var table = new ResultTable("Concord database coverage", "forum", "source", "decisions", "recorded_votes", "state_votes", "first", "last");
        foreach (var r in a.Coverage)
        {
            table.Add(r.Forum, r.Source, r.Decisions, r.RecordedVotes, r.StateVotes, r.First, r.Last);
        }

        var sc = a.Council;
        table.Fact("database", databasePath);
        table.Fact("sc_resolutions", $"S/RES/{sc.FirstResolution} to S/RES/{sc.LastResolution} ({sc.Resolutions:N0} numbers)");
        table.Fact("sc_missing_numbers", sc.MissingNumbers.Count == 0 ? "none" : string.Join(", ", sc.MissingNumbers));
        table.Fact("sc_vetoed_drafts", $"{sc.VetoedDrafts} ({sc.FirstVeto:yyyy-MM-dd} to {sc.LastVeto:yyyy-MM-dd})");
        table.Fact("sc_failed_drafts", sc.FailedDrafts);
        var totals = a.AssemblyTotals;
        table.Fact("ga_control_totals", !totals.Compared ? "not compared (the UN Library's counts were not in the data folder)"
            : $"{totals.Equal} of {totals.Periods} sessions hold as many adopted resolutions with a recorded vote as the UN Library counts"
              + (totals.Short.Count == 0 ? "" : "; short: " + string.Join(", ", totals.Short.Select(r => $"{r.Period} ({r.Record} of {r.Reference})")))
              + (totals.Over.Count == 0 ? "" : "; over: " + string.Join(", ", totals.Over.Select(r => $"{r.Period} ({r.Record} of {r.Reference})")))
              + (totals.Equal == totals.Periods ? "" : " (concord data check --totals explains each)"));
        table.Fact("sc_control_totals", a.CouncilTotals.Count == 0 ? null : CouncilTotalsInWords(a.CouncilTotals));
        table.Notes.Add("state_votes per source counts the votes kept from that source after reconciliation (a better source's vote replaces a weaker one's).");
        table.Notes.Add("Failed and vetoed Council drafts with member votes are known from 1994; earlier vetoes come from the veto lists without member votes, and drafts that failed for lack of votes before 1994 are not in any source here.");
        return table;
    }

    /// <summary>The Council's control totals in one line: in how many years the resolutions and the vetoed drafts agree with the UN's.</summary>
    public static string CouncilTotalsInWords(IReadOnlyList<ControlTotalTable.Row> council)
    {
        string Part(string measure, string what)
        {
            var rows = council.Where(r => r.Measure == measure).ToList();
            var off = rows.Where(r => r.Difference != 0 || r.Explanation != "equal").Select(r => r.Period).ToList();
            return $"{what} in {rows.Count - off.Count} of {rows.Count} years{(off.Count == 0 ? "" : $" (not in {string.Join(", ", off)})")}";
        }

        return $"{Part(CouncilControlTotals.ResolutionsMeasure, "resolutions as the UN numbers them")}; {Part(CouncilControlTotals.VetoesMeasure, "vetoed drafts as the UN Library lists them")}";
    }
}
