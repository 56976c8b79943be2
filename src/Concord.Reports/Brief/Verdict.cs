using Concord.Council;
using Concord.Reports.Text;

namespace Concord.Reports.Brief;

/// <summary>
/// The verdict the numbers support, in words: where the pair's Assembly agreement stands among the yardsticks, and what
/// the Security Council adds (vetoes cast together, or never). Thresholds are stated here once so that every brief
/// reads the same figures the same way.
/// </summary>
internal static class Verdict
{
    /// <summary>Within this much of the closest allied pair, the pair is "as close as allies".</summary>
    private const double AsAllies = 0.02;

    /// <summary>Within this much of the rival pair (or below it), "as far apart as rivals".</summary>
    private const double AsRivals = 0.03;

    /// <summary>The Assembly level in classes: closer than this share of all pairs is "closer than most", etc.</summary>
    private const double Closer = 0.75;

    private const double AboutMedian = 0.35;

    /// <summary>Within this much of the median pair, "about as alike as most".</summary>
    private const double NearMedian = 0.05;

    public enum Level
    {
        AsAllies,
        Closer,
        AboutTypical,
        FurtherApart,
        AsRivals,
        Unknown,
    }

    public static Level AssemblyLevel(BriefContext ctx)
    {
        var v = ctx.Overall.Agreement;
        var ys = ctx.Yardsticks;
        if (v is null)
        {
            return Level.Unknown;
        }

        var allied = ys.Named.Where(y => y.Role == "allies" && y.Overall is not null).Select(y => y.Overall!.Value).DefaultIfEmpty(double.NaN).Max();
        var rival = ys.Named.Where(y => y.Role == "rivals" && y.Overall is not null).Select(y => y.Overall!.Value).DefaultIfEmpty(double.NaN).Max();
        if (!double.IsNaN(allied) && v >= allied - AsAllies)
        {
            return Level.AsAllies;
        }

        if (!double.IsNaN(rival) && v <= rival + AsRivals)
        {
            return Level.AsRivals;
        }

        if (ys.CloserThan is not { } share || ys.Median.Overall is not { } median)
        {
            return Level.Unknown;
        }

        // "About as alike as most" only near the median itself: the spread of pairs is narrow at the top, so a share
        // alone would call 76% against a median of 87% typical.
        return share >= Closer ? Level.Closer
            : share >= AboutMedian && Math.Abs(v.Value - median) <= NearMedian ? Level.AboutTypical
            : v.Value >= median ? Level.Closer
            : Level.FurtherApart;
    }

    /// <summary>The lead of the Assembly's key judgement: "In the General Assembly, about as alike as most pairs of UN members."</summary>
    public static string AssemblyLead(BriefContext ctx) => "In the General Assembly, " + AssemblyPhrase(ctx) + ".";

    private static string AssemblyPhrase(BriefContext ctx)
    {
        var most = ctx.IsStatePair ? "most pairs of UN members" : $"most states outside {ReaderNames.GroupInProse(ctx.Group!)}";
        return AssemblyLevel(ctx) switch
        {
            Level.AsAllies => "as alike as the closest allies",
            Level.Closer => $"more alike than {most}",
            Level.AboutTypical => $"about as alike as {most}",
            Level.FurtherApart => $"less alike than {most}",
            Level.AsRivals => "about as far apart as rivals",
            _ => "too few common votes to say",
        };
    }

    /// <summary>The first page's first sentence.</summary>
    public static string Headline(BriefContext ctx)
    {
        var inv = BriefContext.Inv;
        var who = $"{ctx.AtStartA} and {ctx.NameB}";
        var v = ctx.Overall.Agreement;
        var ys = ctx.Yardsticks;
        var assembly = v is null
            ? $"shared too few recorded General Assembly votes in {ctx.AssemblySpan} to compare"
            : $"voted alike on {BriefContext.Percent(v)} of General Assembly votes in {ctx.AssemblySpan}: {AssemblyPhrase(ctx)} ({ys.Median.Prose}: {BriefContext.Percent(ys.Median.Overall)}{Allies(ys)})";
        var verdict = AssemblyLevel(ctx) switch
        {
            Level.AsAllies => "Aligned like allies",
            Level.Closer => "Closely aligned",
            Level.AboutTypical => "No closer than most states",
            Level.FurtherApart => "Apart more often than most states",
            Level.AsRivals => "Opposed",
            _ => "Too little in common to judge",
        };
        if (!ctx.IsStatePair || !ctx.IsPermanent(ctx.A) || !ctx.IsPermanent(ctx.B!))
        {
            return $"{verdict} in the General Assembly. {who} {assembly}.";
        }

        // Two permanent members: what binds is the Council, where either can block a decision.
        var joint = ctx.Vetoes.Where(d => d.Vetoers.Contains(ctx.A.Code) && d.Vetoers.Contains(ctx.B!.Code)).ToList();
        var lead = joint.Count > 0 ? $"Partners where a veto counts; {LowerFirst(verdict)} in the General Assembly." : $"Never together in a veto; {LowerFirst(verdict)} in the General Assembly.";
        var council = joint.Count > 0
            ? string.Create(inv, $"In the Security Council, where a permanent member's vote can block a decision, they cast {joint.Count} {(joint.Count == 1 ? "veto" : "vetoes")} together, the first in {joint[0].Date.Year} and the last in {joint[^1].Date.Year}")
            : $"In the Security Council, where a permanent member's vote can block a decision, they never vetoed a draft together in {ctx.Span}";
        return $"{lead} {who} {assembly}. {council}.";
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Allies(Yardsticks ys)
    {
        var allied = ys.Named.Where(y => y.Role == "allies" && y.Overall is not null).OrderByDescending(y => y.Overall).FirstOrDefault();
        return allied is null ? "" : $"; {allied.Prose.Replace(" (allies)", "", StringComparison.Ordinal)}, allies: {BriefContext.Percent(allied.Overall)}";
    }
}
