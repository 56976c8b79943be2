using Concord.Analysis.Agreement;
using Concord.Analysis.Divergence;
using Concord.Domain;
using Concord.Reports.Text;

namespace Concord.Reports.Brief.Sections;

/// <summary>Where the two split in the General Assembly: the most recent splits and the most contested, each with its
/// clean title, what was voted (a resolution, an amendment, ...) and a link to the UN document. From the <c>diverge</c> question.</summary>
internal static class SplitsSection
{
    private const int Listed = 8;

    public static BriefSection? Build(BriefContext ctx)
    {
        var inv = BriefContext.Inv;
        var matrix = ctx.Yearly.Matrix;
        var rowA = matrix.RowOf(ctx.A.Code);
        var rowB = matrix.RowOf(ctx.Request.BCode);
        bool Include(MatrixDecision d) => d.Year >= ctx.From && d.Year <= ctx.To;
        var splits = DivergenceFinder.Find(matrix, rowA, rowB, Include);
        if (splits.Count == 0)
        {
            return null;
        }

        var s = new BriefSection("splits", "Where they split");
        var body = s.Body;
        body.H(1, "Where they split in the General Assembly", s.Id);
        var opposite = splits.Count(d => d.Opposite);
        body.P(string.Create(inv, $"They voted differently on {splits.Count:N0} recorded votes in {ctx.AssemblySpan}: on {opposite:N0} one voted yes and the other no; on the others one of them abstained."));

        // Only votes that name a UN document can be listed with a link; the rest are counted above.
        var listable = splits.Select(d => (Split: d, Row: Row(ctx, d))).Where(x => x.Row is not null).ToList();
        var recent = listable.OrderByDescending(x => x.Split.Decision.Date).ThenBy(x => x.Split.Column).Take(Listed).ToList();
        // The most contested whole texts: a vote on an amendment or a paragraph is counted, not headlined.
        var contested = listable.Where(x => x.Split.Decision.Kind is DecisionKind.Resolution or DecisionKind.Draft).Take(Listed).ToList();
        string[] columns = ["date", "document", "what was voted", "title", ctx.LabelA, ctx.LabelB, "Assembly vote (yes-no-abstain)"];
        if (recent.Count > 0)
        {
            body.H(2, "The most recent splits");
            body.T(columns, recent.Select(x => x.Row!));
        }

        if (contested.Count > 0)
        {
            body.H(2, "The most contested splits");
            body.T(columns, contested.Select(x => x.Row!));
            body.P("Most contested: one voting yes and the other no first, then one abstaining; among those, the more evenly the Assembly divided, the higher.");
        }

        var unlisted = splits.Count - listable.Count;
        if (unlisted > 0)
        {
            s.Method.Add(string.Create(inv, $"Splits: {unlisted:N0} of the {splits.Count:N0} splits are roll calls the UN's records give no document symbol for (kept from Voeten's data); they are counted but not listed."));
        }

        var last = recent.Count > 0 ? recent[0] : default;
        if (last.Row is not null)
        {
            s.Judge(50, "Where they part.", string.Create(inv, $"They voted differently on {splits.Count:N0} votes ({opposite:N0} yes against no). The latest: \"{last.Row[3]}\" ({last.Split.Decision.Date:d MMM yyyy}), {ctx.NameA} {Voted(last.Split.A)}, {ctx.NameB} {Voted(last.Split.B)}."), "splits");
        }

        var start = ctx.RecentFrom;
        var window = splits.Where(d => d.Decision.Date > start).ToList();
        if (window.Count > 0)
        {
            var named = listable.Where(x => x.Split.Decision.Date > start).OrderByDescending(x => x.Split.Decision.Date).Take(3)
                .Select(x => string.Create(inv, $"\"{x.Row![3]}\" ({x.Split.Decision.Date:d MMM yyyy}; {ctx.NameA} {Voted(x.Split.A)}, {ctx.NameB} {Voted(x.Split.B)})")).ToList();
            s.Recent.Add(string.Create(inv, $"New splits in the General Assembly: {window.Count:N0} ({window.Count(d => d.Opposite):N0} yes against no){(named.Count > 0 ? ", the latest " + BriefContext.And(named) : "")}."));
        }
        else
        {
            s.Recent.Add(string.Create(inv, $"No new split in the General Assembly since {start:d MMM yyyy}."));
        }

        return s;
    }

    /// <summary>A split as a table row, or null when the vote names no UN document.</summary>
    private static object?[]? Row(BriefContext ctx, Divergence d)
    {
        var summary = ctx.Record.Summary(d.Decision.DecisionId);
        if (summary?.Symbol is not { } symbol || !(symbol.StartsWith("A/", StringComparison.Ordinal) || symbol.StartsWith("S/", StringComparison.Ordinal)))
        {
            return null;
        }

        var title = DecisionTitles.Clean(summary.Title) is { } t && !DecisionTitles.IsVerbatim(t) ? t : DecisionTitles.Clean(summary.AgendaItem) ?? "(no title on record)";
        return [d.Decision.Date, new BriefLink(symbol, BriefDocument.UnDocument(symbol)), KindInWords(d.Decision.Kind), title, d.A.Label(), d.B.Label(), d.Tally.ToString()];
    }

    /// <summary>"voted yes", "abstained": a vote as a verb, for sentences.</summary>
    private static string Voted(Vote vote) => vote switch
    {
        Vote.Yes => "voted yes",
        Vote.No => "voted no",
        Vote.Abstain => "abstained",
        _ => "did not vote",
    };

    private static string KindInWords(DecisionKind kind) => kind switch
    {
        DecisionKind.Resolution => "resolution",
        DecisionKind.Draft => "draft, not adopted",
        DecisionKind.Amendment => "amendment",
        DecisionKind.Paragraph => "paragraph",
        DecisionKind.Procedural => "procedure",
        DecisionKind.SeparateVote => "part of a resolution",
        DecisionKind.AssemblyDecision => "decision",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
