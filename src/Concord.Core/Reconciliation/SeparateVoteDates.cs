using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>A separate vote (an amendment, a paragraph, a motion under a resolution) is dated by the plenary meeting that
/// adopted its resolution, where the UN's records date that resolution.</summary>
/// <remarks>
/// unvotes often dates roll calls by the committee's vote, days or weeks before the plenary: the amendments to
/// A/RES/2799(XXVI) carry 1971-12-09, the resolution (Digital Library) 1971-12-13. Separate votes on a text are taken at
/// the meeting that adopts it, so where the UN dates the resolution, within 60 days after the unvotes date, that is the
/// date. A roll call of a session whose numbers are not the UN's has no symbol by now and is left as it is.
/// </remarks>
internal static class SeparateVoteDates
{
    private const int WindowDays = 60;

    public static int Repair(List<CanonicalDecision> all, DisagreementLog log)
    {
        var adopted = new Dictionary<string, CanonicalDecision>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (AssemblyResolutionList.IsAdoptedRecordedResolution(c) && AssemblyResolutionList.ListedByUn(c) && c.Symbol is { } s && c.Date is not null
                && c.DateSource is { } ds && ds != SourceId.Unvotes)
            {
                adopted.TryAdd(BaseSymbol(s), c);
            }
        }

        var repaired = 0;
        foreach (var c in all)
        {
            if (c.Forum != Forum.GeneralAssembly || AssemblyResolutionList.ListedByUn(c) || c.DateSource != SourceId.Unvotes || c.Symbol is not { } symbol
                || c.Date is not { } own || !adopted.TryGetValue(BaseSymbol(symbol), out var resolution) || resolution.Date is not { } plenary
                || plenary <= own || plenary.DayNumber - own.DayNumber > WindowDays)
            {
                continue;
            }

            var p = DecisionMerger.SourceOf(c, SourceId.Unvotes);
            var u = DecisionMerger.SourceOf(resolution, resolution.DateSource);
            log.Add(new Disagreement(c.Key, c.Symbol, "date", null, p.Source, own.ToString("yyyy-MM-dd"), p.File, p.Line, u.Source,
                $"{plenary:yyyy-MM-dd} (the plenary adoption of {resolution.Symbol}, at which its separate votes were taken)", u.File, u.Line, plenary.ToString("yyyy-MM-dd")));
            c.Date = plenary;
            c.DateSource = resolution.DateSource;
            repaired++;
        }

        return repaired;
    }

    /// <summary>A resolution's symbol without its part letter (A/RES/2799(XXVI)J → A/RES/2799(XXVI), A/RES/37/120K → A/RES/37/120).</summary>
    public static string BaseSymbol(string symbol) => symbol.TrimEnd('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '-');
}
