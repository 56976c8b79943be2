using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Questions.Agreement;
using Concord.Reports.Map;
using Concord.Reports.Text;

namespace Concord.Reports.Brief.Sections;

/// <summary>
/// Where every state stands between the two in the last full year of the brief (the <c>between</c> question): a map
/// coloured by the difference and the same figures as sorted bars.
/// </summary>
internal static class StandingSection
{
    public static BriefSection? Build(BriefContext ctx)
    {
        var inv = BriefContext.Inv;
        if (ctx.B is not { } b)
        {
            return null;
        }

        // The last full year: a year the record covers only in part would set a few votes against a whole year's.
        var lastVote = ctx.Assembly.Decisions.Length > 0 ? ctx.Assembly.Decisions[^1].Date : default;
        var year = ctx.PartialYear(lastVote) == ctx.To ? ctx.To - 1 : ctx.To;
        if (year < ctx.From)
        {
            return null;
        }

        var frame = BriefContext.Frame(Forum.GeneralAssembly, PeriodKind.All, year, year) with { Metric = "agree" };
        var answer = BetweenQuestion.Run(ctx.Record, new BetweenQuestion.Request(ctx.A, b, frame, frame.Measures[0]));
        if (answer.Periods.Count != 1 || answer.Rows.Count == 0)
        {
            return null;
        }

        var map = BetweenMap.From(answer);
        var ranked = map.Ranked;
        if (ranked.Count == 0)
        {
            return null;
        }

        var (nameA, nameB) = (ctx.NameA, ctx.NameB);
        var shapes = WorldShapes.Default;
        var notDrawn = map.NotDrawn(shapes);
        var absent = map.Entries.Where(e => e.Standing == MapStanding.Absent).Select(e => e.Name).ToList();
        var tooFew = map.Entries.Count(e => e.Standing == MapStanding.TooFew);
        string Top(IEnumerable<MapEntry> entries) => string.Join(", ", entries.Take(3).Select(e => string.Create(inv, $"{e.Name} ({LeanScale.Signed(e.Difference!.Value)})")));
        var leaningA = ranked.Where(e => e.Difference > BetweenQuestion.Even).ToList();
        var leaningB = ranked.Reverse().Where(e => e.Difference < -BetweenQuestion.Even).ToList();
        var (toA, toB) = (leaningA.Count, leaningB.Count);
        var most = (toA > 0 ? $"leaning most to {nameA}: {Top(leaningA)}" : "") + (toA > 0 && toB > 0 ? "; " : "") + (toB > 0 ? $"to {nameB}: {Top(leaningB)}" : "");
        var sentence = string.Create(inv, $"In {year}, {toA} of the {ranked.Count} other states with enough common votes voted more often with {nameA} than with {nameB}, and {toB} more often with {nameB}{(most.Length > 0 ? $" ({most})" : "")}.");
        var s = new BriefSection("standing", $"Where every state stands between {nameA} and {nameB}");
        s.Body.H(1, s.Title, s.Id);
        s.Body.P(sentence + (absent.Count > 0 ? $" UN members with no recorded vote in {year}: {string.Join(", ", absent)}." : "") + (tooFew > 0 ? $" {tooFew} state{(tooFew == 1 ? "" : "s")} shared too few votes with one of the two to be placed." : ""));
        var caption = string.Create(inv, $"Data: every recorded General Assembly vote of {year}{ctx.Shortfalls(year, year)}. Measure: each state's share of votes alike with {nameA} and with {nameB} (at least {frame.MinN} common votes); the colour is the difference, with {nameA} minus with {nameB}, in fixed classes (the same for every year and pair). Shapes: Natural Earth 1:50m, Natural Earth projection; areas without a UN seat of their own in grey.{(notDrawn.Count > 0 ? $" Not on the map, having no shape of its own at this scale: {string.Join(", ", notDrawn.Select(e => e.Name))}." : "")}");
        s.Body.F("between-map", $"Where every state stands between {nameA} and {nameB}, General Assembly {year}", BetweenMapSvg.Render(map, shapes), caption);
        s.Body.F("between-bars", $"The same as sorted bars: {nameA} or {nameB}, {year}", BetweenBarsSvg.Render(map, shapes), string.Create(inv, $"Data and measure as for the map. Every state placed on the map, sorted by the difference; bars to the left lean to {nameA}, to the right to {nameB}."));
        var lead = toA > 2 * Math.Max(toB, 1) ? $"Most of the Assembly votes more like {nameA}." : toB > 2 * Math.Max(toA, 1) ? $"Most of the Assembly votes more like {nameB}." : "The Assembly divides between them.";
        s.Judge(30, lead, sentence, "the map");
        return s;
    }
}
