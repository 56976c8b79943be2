using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;

namespace Concord.Reconciliation;

/// <summary>Separate votes (on a paragraph, an amendment or a motion) are decisions of their own, never the resolution.</summary>
/// <remarks>
/// unvotes lists every roll call, and several share one resolution symbol; recent ones carry no amendment or
/// paragraph flag and, as title, the verbatim record of the meeting ("The President (spoke in French): ... A recorded
/// vote has been requested"). The roll call the other sources match on the symbol is the vote on the whole text; every
/// other roll call under the symbol keeps its own identity (its key), the kind <see cref="DecisionKind.SeparateVote"/>
/// where the source flags neither amendment nor paragraph, and a title that names the resolution it belongs to and,
/// from the record's words, what it was on (an amendment, a paragraph, a motion). The record's words are read for that
/// and then left out: a meeting's verbatim record is not a title (<see cref="DecisionTitles.IsVerbatim"/>), and the
/// kind says what was voted. A source's own description of the vote ("TO ADOPT OPERATIVE PARAGRAPH 3 ...") stays
/// after the resolution's title. The kind stays the source's flag so
/// that the conventions that follow the flags (Bailey–Strezhnev–Voeten's drops flagged amendment and paragraph votes
/// after 1989) still give their publishers' figures; docs/methods.md lists which conventions count which kinds.
/// </remarks>
internal static partial class SeparateVotes
{
    public static void Distinguish(List<CanonicalDecision> all, List<InvariantViolation> violations)
    {
        var wholeBySymbol = new Dictionary<string, CanonicalDecision>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (c.Forum == Forum.GeneralAssembly && c.Symbol is { } s && !IsSeparate(c) && c.Kind == DecisionKind.Resolution)
            {
                wholeBySymbol.TryAdd(s, c);
            }
        }

        foreach (var c in all)
        {
            if (c.Forum != Forum.GeneralAssembly || (!IsSeparate(c) && !IsVerbatim(c.Title)))
            {
                continue;
            }

            // unvotes has roll calls without a resolution symbol (motions, elections): they are named by session and date.
            var symbol = c.Symbol ?? $"a vote without symbol{(c.Session is null ? "" : $" of session {c.Session}")}{(c.Date is { } day ? $" on {day:yyyy-MM-dd}" : "")}";

            var was = (c.Kind, c.Title);
            if (!IsSeparate(c))
            {
                // The whole-text vote itself, titled with the meeting record: only the title needs mending.
                c.Title = CleanTitle(c.Title);
                continue;
            }

            var on = c.Kind == DecisionKind.Resolution ? KindFromWords(c.Title) : c.Kind;
            if (c.Kind == DecisionKind.Resolution)
            {
                c.Kind = DecisionKind.SeparateVote;
            }

            // The resolution first, then the source's own description of the vote; never the meeting's verbatim record
            // (which also names other drafts put to the vote at the same meeting).
            var resolutionTitle = c.Symbol is not null && wholeBySymbol.TryGetValue(c.Symbol, out var whole) && !IsVerbatim(whole.Title) ? whole.Title
                : c.Symbol is not null ? PartsTitle(c.Symbol, wholeBySymbol) : null;
            var own = IsVerbatim(c.Title) ? null : c.Title;
            // A roll call with no UN symbol is not said to be "on" anything: its kind says what was voted, its own words what on.
            c.Title = c.Symbol is null && own is not null ? own
                : $"{Describe(on)} on {symbol}{(resolutionTitle is null ? "" : $" ({resolutionTitle})")}{(own is null || own == resolutionTitle ? "" : $": {own}")}";
            if (was.Kind != c.Kind || IsVerbatim(was.Title))
            {
                var p = c.Sources[0];
                violations.Add(new InvariantViolation(InvariantClass.SeparateVoteNamedAsResolution, c.Key, symbol, null, p.Source, p.File, p.Line,
                    $"a second roll call under {symbol} was recorded as {was.Kind.ToString().ToLowerInvariant()}{(IsVerbatim(was.Title) ? " titled with the meeting's verbatim record" : "")}",
                    ViolationOutcome.Repaired, $"kept as a decision of its own ({c.Key}), kind {c.Kind.ToString().ToLowerInvariant()}, titled '{Cut(c.Title)}'"));
            }
        }
    }

    /// <summary>The title of a resolution adopted in parts (A/RES/61/250 B and C) for a vote under the symbol without the
    /// part's letter, when every part bears the same title; else null.</summary>
    private static string? PartsTitle(string symbol, Dictionary<string, CanonicalDecision> wholeBySymbol)
    {
        string? title = null;
        foreach (var letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        {
            if (!wholeBySymbol.TryGetValue(symbol + letter, out var part) || part.Title is null || IsVerbatim(part.Title))
            {
                continue;
            }

            if (title is not null && title != part.Title)
            {
                return null;
            }

            title = part.Title;
        }

        return title;
    }

    /// <summary>A second or later roll call under one symbol: the reconciler keys it with the source's own id after '#'.</summary>
    internal static bool IsSeparate(CanonicalDecision c) => c.Key.Contains('#', StringComparison.Ordinal) || c.Kind is DecisionKind.Amendment or DecisionKind.Paragraph or DecisionKind.SeparateVote;

    internal static bool IsVerbatim(string? title) => DecisionTitles.IsVerbatim(title);

    internal static DecisionKind KindFromWords(string? text)
    {
        if (text is null)
        {
            return DecisionKind.SeparateVote;
        }

        if (Amendment().IsMatch(text))
        {
            return DecisionKind.Amendment;
        }

        return Paragraph().IsMatch(text) ? DecisionKind.Paragraph : DecisionKind.SeparateVote;
    }

    private static string Describe(DecisionKind kind) => kind switch
    {
        DecisionKind.Amendment => "Vote on an amendment",
        DecisionKind.Paragraph => "Separate vote on a paragraph",
        DecisionKind.Procedural => "Procedural vote",
        _ => "Separate recorded vote",
    };

    /// <summary>A whole-text vote titled with the verbatim record: the title the record announces ("Draft resolution II is
    /// entitled _..._"), else none: the record's words are not a title, and the decision's kind and symbol say what was
    /// voted.</summary>
    private static string? CleanTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var m = Entitled().Match(title);
        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    private static string Cut(string s) => s.Length <= 80 ? s : s[..80] + "...";

    [GeneratedRegex(@"\bamendments?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amendment();

    [GeneratedRegex(@"\b(paragraph|preambular|operative|separate vote)", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"entitled\s*[_""“](?<t>[^_""”<]{5,200})")]
    private static partial Regex Entitled();
}
