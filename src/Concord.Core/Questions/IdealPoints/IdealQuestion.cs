using System.Globalization;
using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Store;

namespace Concord.Questions.IdealPoints;

/// <summary><c>ideal</c>: each state's dynamic ideal point by year (General Assembly), with its 90% interval; or, with
/// <c>compare-reference</c>, how closely the positions follow the Bailey–Strezhnev–Voeten estimates, year by year.</summary>
/// <remarks>The answer is read from the fit the record holds (the cache beside the database, else a fit in memory); the
/// CLI alone can fit again and write the cache (<c>--refit</c>), since a query never writes.</remarks>
public sealed class IdealQuestion : Question
{
    /// <summary>The <c>states</c> list takes at most this many.</summary>
    public const int MaxStates = 20;

    public override string Name => "ideal";

    public override string Summary => "Dynamic ideal points: one position per state and year from every contested General Assembly vote (ordered probit, random walk).";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("states", $"Only these states, comma-separated (codes or names), e.g. USA,CHN,RUS (at most {MaxStates}; default: every state)."),
        new("from", "First year (the year a regular session opened; inclusive)."),
        new("to", "Last year (inclusive)."),
        new("compare-reference", "Instead of positions: Pearson's r with the Bailey-Strezhnev-Voeten estimates across states, year by year.", Flag: true),
    ];

    public override string FileName(QuestionArgs args) => args.Flag("compare-reference") ? "ideal-compare-reference" : "ideal";

    /// <param name="States">State codes, or null for every state.</param>
    public sealed record Request(IReadOnlyList<string>? States, int? From, int? To, bool CompareReference);

    /// <param name="Points">The positions in the frame, by state then year (empty when comparing).</param>
    /// <param name="WithoutPoints">States asked for that have no ideal point (no contested Assembly vote on record).</param>
    /// <param name="Comparison">With <c>compare-reference</c>, the correlation by year; else null.</param>
    public sealed record Answer(Request Request, IdealPointSet Set, IReadOnlyList<IdealPoint> Points, IReadOnlyList<string> WithoutPoints, IReadOnlyList<ReferenceComparison.YearCorrelation>? Comparison);

    public override bool UsesIdealPoints(QuestionArgs args) => true;

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var states = args.States("states", MaxStates);
        var (from, to) = args.Years(record);
        var compare = args.Flag("compare-reference");
        if (compare && states.Count > 0)
        {
            throw new QuestionRefusal("states", "'states' does not apply to compare-reference: the correlation is taken across every state both estimate.");
        }

        return new Request(states.Count > 0 ? states : null, from, to, compare);
    }

    public static Answer Run(LoadedRecord record, Request r)
    {
        var set = record.IdealPoints;
        bool InFrame(int year) => (r.From is null || year >= r.From) && (r.To is null || year <= r.To);
        if (r.CompareReference)
        {
            var reference = record.Read(IdealPointInputs.Reference);
            return new Answer(r, set, [], [], [.. ReferenceComparison.ByYear(set, reference).Where(y => InFrame(y.Year))]);
        }

        var only = r.States?.ToHashSet(StringComparer.Ordinal);
        var points = set.Points.Where(p => InFrame(p.Year) && (only is null || only.Contains(p.State))).ToList();
        var without = (r.States ?? []).Where(s => !set.Points.Any(p => p.State == s)).ToList();
        return new Answer(r, set, points, without, null);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var set = answer.Set;
        if (answer.Comparison is { } years)
        {
            var comparison = new ResultTable("Concord's ideal points against Bailey-Strezhnev-Voeten (IdealPointFP), by year", "year", "states", "pearson", "outlier", "outlier_residual");
            Describe(answer, comparison);
            foreach (var y in years)
            {
                comparison.Add(y.Year, y.States, y.Pearson, y.Outlier, y.OutlierResidual);
            }

            comparison.Notes.Add("outlier: the state furthest from the year's regression line of the reference on Concord (residual in reference units).");
            return comparison;
        }

        var table = new ResultTable("Ideal points in the UN General Assembly", "state", "year", "position", "lower", "upper", "votes");
        Describe(answer, table);
        table.Fact("states", r.States?.ToList());
        table.Fact("interval", "90%: position ± 1.645 posterior sd (Laplace approximation at the mode)");
        foreach (var p in answer.Points)
        {
            table.Add(p.State, p.Year, p.Position, p.Lower, p.Upper, p.Votes);
        }

        foreach (var s in answer.WithoutPoints)
        {
            var holder = States.StateRegistry.Default.IsKnownCode(s) ? States.StateRegistry.Default.SeatHolder(s) : s;
            table.Notes.Add(holder != s
                ? $"{s} has no ideal point of its own: its votes are counted under {holder}, which continues its seat (ask for {holder})."
                : $"{s} has no ideal point: no contested General Assembly vote on record.");
        }

        table.Notes.Add("year = the year the regular session opened (session 80, Sept 2025 to Sept 2026, is 2025); the United States positive. BSV's own figures are in their file (reference/Idealpointestimates1946-2025.tab); compare-reference correlates the two year by year.");
        return table;
    }

    /// <summary>The facts both forms of the answer state: the fit and its scale, and the years asked.</summary>
    private static void Describe(Answer answer, ResultTable table)
    {
        table.Fact("model", answer.Set.Model);
        table.Fact("fitted_at_utc", answer.Set.FittedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        table.Fact("scale", IdealPointFitter.ScaleInWords(answer.Set));
        table.Fact("from", answer.Request.From);
        table.Fact("to", answer.Request.To);
    }
}
