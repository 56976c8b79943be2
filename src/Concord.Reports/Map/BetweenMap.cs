using System.Globalization;
using Concord.Questions.Agreement;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Map;

/// <summary>One state on the map: where it stands between A and B in the period, with the figures behind it.</summary>
public sealed record MapEntry(string Code, string Name, MapStanding Standing, int NA, double? WithA, int NB, double? WithB, double? Difference);

/// <summary>
/// Where every state stands between A and B in one period, ready to draw as a map or a sorted bar chart: one entry
/// per state of the <c>between</c> question's answer, plus the UN members absent from the period.
/// </summary>
public sealed class BetweenMap
{
    private readonly Dictionary<string, MapEntry> _entries;

    private BetweenMap(State a, State b, string period, int minN, Dictionary<string, MapEntry> entries, IReadOnlyList<MapEntry> ranked)
    {
        A = a;
        B = b;
        Period = period;
        MinN = minN;
        _entries = entries;
        Ranked = ranked;
    }

    public State A { get; }

    public State B { get; }

    /// <summary>"2024", or "2019–2024".</summary>
    public string Period { get; }

    public int MinN { get; }

    /// <summary>Every state with a seat in the period (A and B included), in code order.</summary>
    public IReadOnlyList<MapEntry> Entries => [.. _entries.Values.OrderBy(e => e.Code, StringComparer.Ordinal)];

    /// <summary>The states coloured by a difference, in the answer's order: from the most A-leaning to the most B-leaning.</summary>
    public IReadOnlyList<MapEntry> Ranked { get; }

    /// <summary>A one-period answer of the <c>between</c> question, as a map.</summary>
    public static BetweenMap From(BetweenQuestion.Answer answer)
    {
        if (answer.Periods.Count != 1 || answer.Absent is null)
        {
            throw new ArgumentException("The map shows one period: ask 'between' over one year or range, not by year.", nameof(answer));
        }

        var request = answer.Request;
        var registry = StateRegistry.Default;
        var entries = new Dictionary<string, MapEntry>(StringComparer.Ordinal)
        {
            [request.A.Code] = new(request.A.Code, ReaderNames.Label(request.A), MapStanding.A, 0, null, 0, null, null),
            [request.B.Code] = new(request.B.Code, ReaderNames.Label(request.B), MapStanding.B, 0, null, 0, null, null),
        };
        var ranked = new List<MapEntry>();
        foreach (var r in answer.Rows)
        {
            var code = answer.Matrix.States[r.Row];
            var entry = new MapEntry(code, NameOf(code, registry), r.Difference is null ? MapStanding.TooFew : MapStanding.Lean, r.NA, r.WithA, r.NB, r.WithB, r.Difference);
            entries[code] = entry;
            if (entry.Standing == MapStanding.Lean)
            {
                ranked.Add(entry);
            }
        }

        foreach (var code in answer.Absent)
        {
            entries[code] = new MapEntry(code, NameOf(code, registry), MapStanding.Absent, 0, null, 0, null, null);
        }

        var years = answer.Periods[0].Columns.Select(c => answer.Matrix.Decisions[c].Year).ToList();
        var period = years.Count == 0 ? "" : years.Min() == years.Max() ? $"{years.Min()}" : $"{years.Min()}–{years.Max()}";
        return new BetweenMap(request.A, request.B, period, request.Frame.MinN, entries, ranked);
    }

    /// <summary>How a shape of <paramref name="code"/> is drawn: with no seat in the period when the answer does not name it.</summary>
    public MapEntry EntryFor(string? code, string shapeName) =>
        code is not null && _entries.TryGetValue(code, out var e) ? e : new MapEntry(code ?? "", shapeName, MapStanding.NoSeat, 0, null, 0, null, null);

    /// <summary>The states of the period that <paramref name="shapes"/> cannot draw: Tuvalu (no shape at 1:50m) and states
    /// that no longer exist (Czechoslovakia, the two Yemens, the GDR), which Natural Earth's present-day shapes do not have.</summary>
    public IReadOnlyList<MapEntry> NotDrawn(WorldShapes shapes)
    {
        var drawn = shapes.Countries.Where(s => s.Code is not null).Select(s => s.Code!).ToHashSet(StringComparer.Ordinal);
        return [.. Entries.Where(e => !drawn.Contains(e.Code))];
    }

    /// <summary>The colour of an entry on the map and in the legend.</summary>
    public static string Colour(MapEntry e) => e.Standing switch
    {
        MapStanding.A => LeanScale.AColour,
        MapStanding.B => LeanScale.BColour,
        MapStanding.Lean => LeanScale.Of(e.Difference!.Value).Colour,
        MapStanding.TooFew => LeanScale.TooFewColour,
        MapStanding.Absent => LeanScale.AbsentColour,
        _ => LeanScale.NoSeatColour,
    };

    /// <summary>The hover text of an entry: its figures and which of the two it votes with more.</summary>
    public string Describe(MapEntry e)
    {
        var inv = CultureInfo.InvariantCulture;
        string nameA = ReaderNames.InProse(A), nameB = ReaderNames.InProse(B);
        return e.Standing switch
        {
            MapStanding.A or MapStanding.B => $"{e.Name}, {Period}: {(e.Standing == MapStanding.A ? "A" : "B")} of the comparison",
            MapStanding.Lean => string.Create(inv, $"{e.Name}, {Period}: with {nameA} {e.WithA:0.00} (n {e.NA}), with {nameB} {e.WithB:0.00} (n {e.NB}); difference {LeanScale.Signed(e.Difference!.Value)}, {Leaning(e.Difference!.Value)}"),
            MapStanding.TooFew => string.Create(inv, $"{e.Name}, {Period}: fewer than {MinN} common votes with {(e.WithA is null ? nameA : nameB)} (n {e.NA} with {nameA}, {e.NB} with {nameB})"),
            MapStanding.Absent => $"{e.Name}, {Period}: a UN member that cast no recorded vote",
            _ => $"{e.Name}, {Period}: no UN seat of its own",
        };
    }

    private string Leaning(double difference) =>
        difference > BetweenQuestion.Even ? $"votes more with {ReaderNames.InProse(A)}"
        : difference < -BetweenQuestion.Even ? $"votes more with {ReaderNames.InProse(B)}"
        : "even";

    private static string NameOf(string code, StateRegistry registry) =>
        registry.IsKnownCode(code) ? ReaderNames.Label(registry[code]) : code;
}
