using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Invariants;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>
/// An Assembly roll call is an adopted resolution only where the UN says so, and carries a resolution symbol only where
/// the UN gave it that number.
/// </summary>
/// <remarks>
/// unvotes names every roll call by an <c>unres</c> field that reads like a resolution number ("R/15/559") but in the
/// first sessions is not one: the 15th session's resolutions are numbered 1472 to 1631, and unvotes's numbers there run
/// from 273 to 1596. Which sessions' numbers are the UN's is measured, not assumed: where the UN's own records (the
/// Digital Library, DGACM) hold the same roll call, do they give it the number unvotes gives? In a session where they
/// mostly do not, no unvotes-only symbol of that session is kept. A number of 401 or more in the modern numbering
/// (from the 31st session) is a decision of the Assembly, numbered apart from its resolutions, not a resolution.
/// <para>
/// Second, in a session whose UN-sourced list of adopted resolutions with a recorded vote is as long as the UN
/// Library's own count (<see cref="AssemblySessionCounts"/>), that list is complete: a roll call only unvotes holds is
/// then not an adopted resolution but a motion, an amendment, a paragraph or a draft that failed, and its kind is read
/// from its own description. A draft with no more yes than no votes, or short of two thirds, failed; otherwise the
/// outcome is left unknown.
/// </para>
/// </remarks>
internal static partial class AssemblyResolutionList
{
    /// <summary>The first number of the Assembly's decisions, numbered apart from its resolutions from the 31st session.</summary>
    public const int FirstDecisionNumber = 401;

    public static bool ListedByUn(CanonicalDecision c) => c.Sources.Exists(p => p.Source.IsUnRecord());

    /// <summary>Counts an adopted resolution with a recorded vote, as the UN Library does.</summary>
    public static bool IsAdoptedRecordedResolution(CanonicalDecision c) =>
        c.Forum == Forum.GeneralAssembly && c.Kind == DecisionKind.Resolution && c.Outcome == DecisionOutcome.Adopted && c.RecordedVote;

    /// <returns>Old key → new key for every decision whose key named a symbol it no longer carries.</returns>
    public static Dictionary<string, string> Apply(List<CanonicalDecision> all, AssemblySessionCounts? counts, List<InvariantViolation> violations)
    {
        var numbering = UnvotesNumbering(all);
        var ranges = OldStyleRanges(all);
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (IsAdoptedRecordedResolution(c) && ListedByUn(c) && c.Session is { } s && (c.Date is not { } d || counts is null || d <= counts.CountedTo))
            {
                listed[s] = listed.GetValueOrDefault(s) + 1;
            }
        }

        var rekeyed = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = all.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var unSymbols = new HashSet<string>(StringComparer.Ordinal);
        var unBases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (c.Forum == Forum.GeneralAssembly && c.Symbol is { } s && ListedByUn(c))
            {
                unSymbols.Add(s);
                unBases.Add(SeparateVoteDates.BaseSymbol(s));
            }
        }
        foreach (var c in all)
        {
            // A roll call the UN's records name is keyed by the UN's symbol, not by the number unvotes gave it (the
            // Digital Library's A/RES/1149(XII) is unvotes's second roll call under "461(XII)", keyed 461(XII)#rcid 517,
            // which would make it a separate vote on another text).
            if (c.Forum == Forum.GeneralAssembly && ListedByUn(c) && c.Symbol is { } un && c.Kind == DecisionKind.Resolution
                && c.Key != $"ga:{un}" && c.UnvotesSymbol is not null && c.UnvotesSymbol != un && keys.Add($"ga:{un}"))
            {
                keys.Remove(c.Key);
                rekeyed[c.Key] = $"ga:{un}";
                c.Key = $"ga:{un}";
            }
        }

        foreach (var c in all)
        {
            if (c.Forum != Forum.GeneralAssembly || ListedByUn(c) || c.Sources.Find(p => p.Source == SourceId.Unvotes) is not { } own)
            {
                continue;
            }

            var session = c.Session ?? "";
            if (c.Symbol is { } symbol && NumberOf(symbol) is { } number)
            {
                var problem = Problem(symbol, number, session, numbering, ranges);
                if (problem is not null)
                {
                    violations.Add(new InvariantViolation(InvariantClass.SymbolOutsideNumbering, c.Key, symbol, null, SourceId.Unvotes, own.File, own.Line,
                        $"unvotes names this roll call {symbol}: {problem}", ViolationOutcome.Repaired,
                        $"no UN symbol is known for it: named as roll call {RcidOf(own)} of session {session} (unvotes id), with the description unvotes gives"));
                    c.AlternateSymbol = null;
                    c.Symbol = null;
                }
                else if (IsModern(symbol) && number >= FirstDecisionNumber && c.Kind == DecisionKind.Resolution)
                {
                    var name = $"decision {session}/{number}";
                    violations.Add(new InvariantViolation(InvariantClass.RollCallNotAnAdoptedResolution, c.Key, symbol, null, SourceId.Unvotes, own.File, own.Line,
                        $"unvotes names this roll call {symbol}, but numbers from {FirstDecisionNumber} in a session are the Assembly's decisions, not its resolutions",
                        ViolationOutcome.Repaired, $"kept as General Assembly {name}, kind assembly decision, without a resolution symbol"));
                    c.Kind = DecisionKind.AssemblyDecision;
                    c.Symbol = null;
                    c.Title = $"General Assembly {name}: {c.Title}";
                }
            }

            // unvotes letters the roll calls it lists under one number (2799 A, B, C...): where the UN's records hold no
            // such part, the letter is unvotes's ordering, not a UN symbol. The roll call is kept under the resolution the
            // UN numbers so, or, where the UN's records hold neither, under no symbol.
            if (c.Symbol is { } lettered && PartLetter().IsMatch(lettered) && !unSymbols.Contains(lettered))
            {
                var whole = SeparateVoteDates.BaseSymbol(lettered);
                var known = unBases.Contains(whole);
                violations.Add(new InvariantViolation(InvariantClass.SymbolOutsideNumbering, c.Key, lettered, null, SourceId.Unvotes, own.File, own.Line,
                    $"unvotes names this roll call {lettered}, but the UN's records hold no {lettered}: the letter orders unvotes's roll calls under {whole}",
                    ViolationOutcome.Repaired,
                    known ? $"kept under the UN's symbol {whole}, as a roll call of its own (kind {Describe(c.Kind == DecisionKind.Resolution ? KindFromDescription(c.Title) : c.Kind)})"
                        : $"no UN symbol is known for it: named as roll call {RcidOf(own)} of session {session} (unvotes id)"));
                c.Symbol = known ? whole : null;
                if (known && c.Kind == DecisionKind.Resolution)
                {
                    // Not the resolution itself (the UN's records hold that): a vote under it, named by its own words.
                    c.Kind = KindFromDescription(c.Title);
                    c.Outcome = DecisionOutcome.Unknown;
                }

                if (c.Key.StartsWith("ga:A/RES/", StringComparison.Ordinal))
                {
                    var key = $"ga:{SourceId.Unvotes.Label()}:{own.SourceKey}";
                    keys.Remove(c.Key);
                    keys.Add(key);
                    rekeyed[c.Key] = key;
                    c.Key = key;
                }
            }

            if (c.Symbol is null && c.Key.StartsWith("ga:A/RES/", StringComparison.Ordinal))
            {
                var key = $"ga:{SourceId.Unvotes.Label()}:{own.SourceKey}";
                keys.Remove(c.Key);
                keys.Add(key);
                rekeyed[c.Key] = key;
                c.Key = key;
            }

            // A second roll call under a UN symbol (keyed "#rcid") is a separate vote on that resolution: SeparateVotes names it.
            if (c.Key.Contains('#', StringComparison.Ordinal) || !IsAdoptedRecordedResolution(c) || counts is null || !counts.BySession.TryGetValue(session, out var count) || listed.GetValueOrDefault(session) < count.Resolutions)
            {
                continue;
            }

            var kind = KindFromDescription(c.Title);
            // A draft voted as a whole and missing from a complete list of adopted resolutions failed, where its votes
            // allow it: a majority no, or short of two thirds (important questions need two thirds; A/852 on Spain, 26-15-16).
            // With two thirds or more it cannot have failed; what it was is then left unknown.
            var failed = kind == DecisionKind.Draft && c.Tally is { } t && (t.Yes <= t.No || 3 * t.Yes < 2 * (t.Yes + t.No));
            violations.Add(new InvariantViolation(InvariantClass.RollCallNotAnAdoptedResolution, c.Key, c.Symbol, null, SourceId.Unvotes, own.File, own.Line,
                $"recorded as an adopted resolution, but the UN's records list {listed[session]} resolutions adopted by recorded vote in session {session}, as many as the UN Library counts ({count.Resolutions}, {counts.File}:{count.Line}), and this roll call is not among them",
                ViolationOutcome.Repaired,
                $"kept as a roll call of kind {Describe(kind)}, read from its description{(failed ? $"; failed ({c.Tally!.Value.Yes} yes, {c.Tally.Value.No} no: {(c.Tally.Value.Yes <= c.Tally.Value.No ? "no majority" : "short of two thirds")})" : "; outcome not stated by any source")}"));
            c.Kind = kind;
            c.Outcome = failed ? DecisionOutcome.Failed : DecisionOutcome.Unknown;
            if (kind == DecisionKind.Draft && c.Draft is null && DraftSymbol().Match(c.Title ?? "") is { Success: true } m)
            {
                c.Draft = Symbols.NormalizeGa(m.Groups["s"].Value);
            }
        }

        return rekeyed;
    }

    /// <summary>What a roll call was, from the words unvotes describes it with ("TO ADOPT GHANA MOTION ADJOURNING ...").</summary>
    public static DecisionKind KindFromDescription(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecisionKind.SeparateVote;
        }

        if (Procedural().IsMatch(text))
        {
            return DecisionKind.Procedural;
        }

        if (AmendmentWords().IsMatch(text))
        {
            return DecisionKind.Amendment;
        }

        if (ParagraphWords().IsMatch(text))
        {
            return DecisionKind.Paragraph;
        }

        return DraftWords().IsMatch(text) ? DecisionKind.Draft : DecisionKind.Procedural;
    }

    public static string Describe(DecisionKind kind) => kind switch
    {
        DecisionKind.Procedural => "motion or procedural vote",
        DecisionKind.Amendment => "amendment",
        DecisionKind.Paragraph => "paragraph or part",
        DecisionKind.Draft => "draft resolution voted as a whole",
        DecisionKind.AssemblyDecision => "assembly decision",
        _ => "recorded vote",
    };

    /// <summary>Why a symbol unvotes gives cannot be the UN's, or null when it can.</summary>
    private static string? Problem(string symbol, int number, string session, Dictionary<string, (int Same, int Other)> numbering, SortedList<int, (int Low, int High)> ranges)
    {
        if (numbering.TryGetValue(session, out var n) && n.Other > n.Same)
        {
            return $"in session {session} unvotes's numbers are not the UN's (of the {n.Same + n.Other} roll calls the UN's records also hold, {n.Other} carry another number there)";
        }

        if (!IsModern(symbol) && int.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out var regular) && Outside(number, regular, ranges) is { } range)
        {
            return $"the number {number} lies outside session {session}'s resolutions ({range})";
        }

        return null;
    }

    private static string? Outside(int number, int session, SortedList<int, (int Low, int High)> ranges)
    {
        var low = 1;
        var high = int.MaxValue;
        foreach (var (s, r) in ranges)
        {
            if (s < session)
            {
                low = Math.Max(low, r.High + 1);
            }
            else if (s > session)
            {
                high = Math.Min(high, r.Low - 1);
            }
        }

        return number < low || number > high ? $"{low} to {(high == int.MaxValue ? "…" : high.ToString(CultureInfo.InvariantCulture))} by the UN's records" : null;
    }

    /// <summary>Per session, how many roll calls the UN's records also hold carry the UN's number in unvotes, and how many another.</summary>
    private static Dictionary<string, (int Same, int Other)> UnvotesNumbering(List<CanonicalDecision> all)
    {
        var result = new Dictionary<string, (int Same, int Other)>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (c.Forum != Forum.GeneralAssembly || c.UnvotesSymbol is not { } u || c.Symbol is not { } s || c.Session is not { } session || !ListedByUn(c))
            {
                continue;
            }

            var (same, other) = result.GetValueOrDefault(session);
            result[session] = NumberOf(u) == NumberOf(s) ? (same + 1, other) : (same, other + 1);
        }

        return result;
    }

    /// <summary>The lowest and highest resolution number the UN's records give in each regular session numbered the old
    /// way (sessions 1–30, <c>A/RES/1514(XV)</c>), where the numbers run on from session to session.</summary>
    private static SortedList<int, (int Low, int High)> OldStyleRanges(List<CanonicalDecision> all)
    {
        var ranges = new SortedList<int, (int Low, int High)>();
        foreach (var c in all)
        {
            if (c.Forum != Forum.GeneralAssembly || c.Symbol is not { } s || IsModern(s) || !ListedByUn(c) || NumberOf(s) is not { } n
                || OldRegular().Match(s) is not { Success: true } m || Symbols.FromRoman(m.Groups["roman"].Value) is not { } session)
            {
                continue;
            }

            ranges[session] = ranges.TryGetValue(session, out var r) ? (Math.Min(r.Low, n), Math.Max(r.High, n)) : (n, n);
        }

        return ranges;
    }

    private static bool IsModern(string symbol) => ModernNumber().IsMatch(symbol);

    private static int? NumberOf(string symbol)
    {
        var m = ModernNumber().Match(symbol);
        if (!m.Success)
        {
            m = OldNumber().Match(symbol);
        }

        return m.Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string RcidOf(Provenance p) => p.SourceKey.StartsWith("rcid ", StringComparison.Ordinal) ? p.SourceKey[5..] : p.SourceKey;

    [GeneratedRegex(@"^A/RES/(?:ES-|S-)?\d+/(?<n>\d+)")]
    private static partial Regex ModernNumber();

    [GeneratedRegex(@"(\)|\d)[A-Z]$")]
    private static partial Regex PartLetter();

    [GeneratedRegex(@"^A/RES/(?<n>\d+)\(")]
    private static partial Regex OldNumber();

    [GeneratedRegex(@"^A/RES/\d+\((?<roman>[IVXL]+)\)")]
    private static partial Regex OldRegular();

    [GeneratedRegex(@"\b(MOTION|ADJOURN\w*|PRIORITY|RULING|POSTPON\w*|SUSPEN\w*|CLOSURE|INCLUSION|INCLUDE|ALLOCAT\w*|AGENDA|DIVISION|COMPETEN\w*|PROCEDUR\w*|TWO-THIRDS|2/3 MAJORITY|IMPORTANT QUESTION|REQUEST FOR|TO RETAIN|RETENTION|ELECT\w*|APPOINT\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Procedural();

    [GeneratedRegex(@"\bAMENDMENTS?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmendmentWords();

    [GeneratedRegex(@"\b(PARAGRAPHS?|PARAG\.?|PARA\.|PREAMBULAR|OPERATIVE|SECTION|PORTION|PART)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphWords();

    [GeneratedRegex(@"\b(DRAFT|RESOL\w*|RES)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftWords();

    [GeneratedRegex(@"\((?<s>A/(?:L\.\s?\d+|\d{3,5})(?:/REV\.\s?\d)?)")]
    private static partial Regex DraftSymbol();
}
