using System.Globalization;
using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Per General Assembly session, the record's adopted resolutions with a recorded vote against the UN Library's
/// count, each difference with what explains it.</summary>
/// <remarks>
/// The explanation is built from the record itself, so it can be checked: a shortfall names the sources that hold the
/// session and the stretch each covers (the rest is in no source here); a surplus names the roll calls only unvotes
/// holds, or says that the UN's own records list more than its count. Only resolutions dated up to the count's last
/// day are counted (the 80th session is counted to 30 Dec 2025).
/// </remarks>
public static class AssemblyControlTotals
{
    public static IReadOnlyList<ControlTotal> Compute(IReadOnlyList<CanonicalDecision> decisions, AssemblySessionCounts counts)
    {
        var bySession = new Dictionary<string, List<CanonicalDecision>>(StringComparer.Ordinal);
        foreach (var c in decisions)
        {
            if (AssemblyResolutionList.IsAdoptedRecordedResolution(c) && (c.Date is not { } d || d <= counts.CountedTo))
            {
                var session = c.Session ?? "(none)";
                if (!bySession.TryGetValue(session, out var list))
                {
                    bySession[session] = list = [];
                }

                list.Add(c);
            }
        }

        var result = new List<ControlTotal>();
        foreach (var session in counts.BySession.Keys.Union(bySession.Keys).OrderBy(SessionOrder).ThenBy(s => s, StringComparer.Ordinal))
        {
            var held = bySession.GetValueOrDefault(session) ?? [];
            var unvotesOnly = held.Where(c => !AssemblyResolutionList.ListedByUn(c)).ToList();
            var listed = held.Count - unvotesOnly.Count;
            SessionCount? count = counts.BySession.TryGetValue(session, out var n) ? n : null;
            var reference = count?.Resolutions;
            var difference = held.Count - (reference ?? 0);
            var explanation = reference is null ? $"the UN Library's count has no session {session}: {Names(held)}"
                : difference == 0 ? "equal"
                : difference < 0 ? Shortfall(session, held, -difference)
                : Surplus(unvotesOnly, listed, reference.Value, difference);
            result.Add(new ControlTotal("ga", session, "adopted resolutions with a recorded vote", reference, held.Count, listed, unvotesOnly.Count,
                difference, explanation, counts.File, count?.Line));
        }

        return result;
    }

    private static string Shortfall(string session, List<CanonicalDecision> held, int missing)
    {
        var bySource = held.GroupBy(BestSource).OrderBy(g => g.Key.Precedence() * -1)
            .Select(g =>
            {
                var sorted = g.OrderBy(c => c.Date).ThenBy(c => c.Symbol, StringComparer.Ordinal).ToList();
                return $"{g.Key.Label()} {sorted.Count} ({sorted[0].Symbol} to {sorted[^1].Symbol}, {sorted[0].Date:yyyy-MM-dd} to {sorted[^1].Date:yyyy-MM-dd})";
            });
        var sources = held.Count == 0 ? "no source here holds any" : string.Join("; ", bySource);
        return string.Create(CultureInfo.InvariantCulture, $"{missing} missing: no source in the data folder holds them. The record's resolutions of session {session} come from {sources}");
    }

    private static string Surplus(List<CanonicalDecision> unvotesOnly, int listed, int reference, int extra)
    {
        if (unvotesOnly.Count > 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{extra} more: {unvotesOnly.Count} roll call(s) only unvotes holds are counted as adopted resolutions ({Names(unvotesOnly)}); the UN's records here list {listed}{(listed < reference ? ", fewer than the count, so the session's list is not known to be complete and they are kept as unvotes records them" : "")}");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{extra} more: the UN's own records here (the Digital Library, DGACM) list {listed} adopted resolutions with a recorded vote in this session, {extra} more than the Library's Voting Data v5 counts; which of them v5 leaves out cannot be told without the v5 file, which is not in the data folder");
    }

    private static string Names(List<CanonicalDecision> list) =>
        list.Count == 0 ? "none" : string.Join(", ", list.Take(6).Select(c => c.Symbol ?? c.Key)) + (list.Count > 6 ? $" and {list.Count - 6} more" : "");

    private static SourceId BestSource(CanonicalDecision c) => c.Sources.Select(p => p.Source).OrderByDescending(s => s.Precedence()).First();

    /// <summary>Regular sessions in number order, then special, then emergency special sessions.</summary>
    private static int SessionOrder(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : s.StartsWith("S-", StringComparison.Ordinal) && int.TryParse(s[2..], NumberStyles.None, CultureInfo.InvariantCulture, out n) ? 1000 + n
        : s.StartsWith("ES-", StringComparison.Ordinal) && int.TryParse(s[3..], NumberStyles.None, CultureInfo.InvariantCulture, out n) ? 2000 + n
        : 9999;
}

/// <summary>One control total: what the record holds against what the UN counts, and why they differ.</summary>
/// <param name="Listed">Of <paramref name="Record"/>, those the UN's own records (Digital Library, DGACM) hold.</param>
/// <param name="UnvotesOnly">Of <paramref name="Record"/>, those only unvotes holds.</param>
public sealed record ControlTotal(string Forum, string Period, string Measure, int? Reference, int Record, int Listed, int UnvotesOnly,
    int Difference, string Explanation, string ReferenceFile, long? ReferenceLine);
