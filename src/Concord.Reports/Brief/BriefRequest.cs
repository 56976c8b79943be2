using Concord.Domain;
using Concord.Questions;
using Concord.States;

namespace Concord.Reports.Brief;

/// <summary>What a brief is asked for, read and checked once for <c>concord brief</c> and <c>/api/brief</c>.</summary>
/// <param name="B">The second state, or null when the brief is on a state and a group.</param>
/// <param name="Group">A group (EU, SCO, BRICS, ...) whose majority position, with its members as of each vote's date, stands in for B.</param>
/// <param name="Reference">A third state shown for comparison, never one of the pair.</param>
public sealed record BriefRequest(State A, State? B, StateGroup? Group, State Reference, int From, int To)
{
    /// <summary>The default reference, and the next ones when a state of the pair is the default.</summary>
    private static readonly string[] s_references = ["USA", "CHN", "RUS"];

    /// <summary>The first year when none is asked: the Russian Federation's first full year in its seat, so the brief
    /// reads the post-Soviet record by default. The dashboard opens on the same year (wwwroot/frame.js).</summary>
    public const int DefaultFrom = 1992;

    public static readonly IReadOnlyList<ParameterSpec> Parameters =
    [
        new("a", "First state (default CHN).", Positional: true),
        new("b", "Second state (default RUS), or a group: EU, SCO, BRICS, EAS, CSTO, P5 (its majority position, members as of each vote's date).", Positional: true),
        new("from", $"First year (default {DefaultFrom})."),
        new("to", "Last year (default: the last year on record)."),
        new("reference", "A third state shown for reference (default USA; CHN or RUS when the United States is one of the pair)."),
    ];

    /// <summary>The code of the second side: the state's, or the group's.</summary>
    public string BCode => B?.Code ?? Group!.Code;

    public static BriefRequest Read(QuestionArgs args, LoadedRecord record)
    {
        var a = args.OptionalState("a") ?? StateRegistry.Default["CHN"];
        var (b, group) = ReadB(args, record);
        if (b is not null)
        {
            QuestionArgs.Different(a, b);
        }

        var reference = args.OptionalState("reference");
        if (reference is not null && (reference.Code == a.Code || reference.Code == b?.Code))
        {
            throw new QuestionRefusal("reference", $"'reference': {reference.Code} is one of the pair; a reference is a third state to compare both with.");
        }

        reference ??= StateRegistry.Default[s_references.First(c => c != a.Code && c != b?.Code)];
        var (from, to) = args.Years(record);
        // The brief is about the Assembly seat (predecessors merged): a state whose seat passed to another (the USSR's
        // to Russia, Yugoslavia's to Serbia) has no row of its own, which is the caller's mistake.
        var ga = record.Matrix(Forum.GeneralAssembly, mergePredecessors: true);
        foreach (var (state, name) in new[] { (a, "a"), (b, "b"), (reference, "reference") })
        {
            if (state is not null && !ga.TryRowOf(state.Code, out _))
            {
                throw new QuestionRefusal(name, $"'{name}': {state.Code} ({state.Name}) has no recorded votes of its own in the General Assembly (a seat that passed to a successor is counted under the successor).");
            }
        }

        var first = from ?? DefaultFrom;
        var last = to ?? record.LastYear;
        if (first > last)
        {
            throw new QuestionRefusal("from", $"'from' ({first}) is after 'to' ({last}).");
        }

        // A state outside the UN for the whole frame (South Sudan before 2011) has nothing to compare: say what is true.
        foreach (var (state, name) in new[] { (a, "a"), (b, "b") })
        {
            if (state is not null && VotedYears(ga, state.Code) is var (on, off) && (off < first || on > last))
            {
                throw new QuestionRefusal(name, $"'{name}': {state.Name} cast no recorded General Assembly vote in {first}–{last}; its votes on record run from {on} to {off}.");
            }
        }

        return new BriefRequest(a, b, group, reference, first, last);
    }

    /// <summary>The first and last year in which a state cast a recorded vote (present, not absent).</summary>
    private static (int First, int Last) VotedYears(Domain.VoteMatrix matrix, string code)
    {
        var row = matrix.Row(matrix.RowOf(code));
        int first = int.MaxValue, last = int.MinValue;
        for (var c = 0; c < row.Length; c++)
        {
            if ((Vote)row[c] != Vote.Absent)
            {
                var year = matrix.Decisions[c].Year;
                first = Math.Min(first, year);
                last = Math.Max(last, year);
            }
        }

        return (first, last);
    }

    /// <summary>The second side: a state first; a name that is no state is looked up among the groups, as <c>agree</c> does.</summary>
    private static (State? State, StateGroup? Group) ReadB(QuestionArgs args, LoadedRecord record)
    {
        var text = args.Raw("b") is { } raw && !string.IsNullOrWhiteSpace(raw) ? raw.Trim() : null;
        if (text is null)
        {
            return (StateRegistry.Default["RUS"], null);
        }

        var groups = record.Forums.Forums.Select(f => f.Code).Order(StringComparer.Ordinal).ToList();
        var code = groups.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (code is not null && !StateRegistry.Default.IsKnownCode(text.ToUpperInvariant()))
        {
            return record.Forums.TryGroup(code, out var group)
                ? (null, group)
                : throw new QuestionRefusal("b", $"'b': {code} has no full members on record.");
        }

        try
        {
            return (args.State("b"), null);
        }
        catch (QuestionRefusal e)
        {
            throw new QuestionRefusal("b", $"{e.Message} For a group give its code: {string.Join(", ", groups)}.");
        }
    }
}
