using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions.Agreement;

/// <summary><c>similar A</c>: the states that vote most and least like A over one period (who votes like Russia on Ukraine?).</summary>
public sealed class SimilarQuestion : Question
{
    public override string Name => "similar";

    public override string Summary => "The states that vote most and least like A over a period.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "The state to compare everyone with (code or name).", Positional: true),
        new("year", "One year (same as --from Y --to Y)."),
        new("top", "How many of the most and of the least similar to list (default 10, at most 300)."),
        .. AgreementFrame.Specs.Where(s => s.Name != "by"),
    ];

    public override string FileName(QuestionArgs args) => $"similar-{args.Text("a")}";

    /// <param name="Measure">The one measure states are ranked by.</param>
    public sealed record Request(State A, AgreementFrame Frame, int Top, (string Column, Func<AgreementScores, double?> Value) Measure);

    /// <param name="Compared">How many states had enough common votes to be ranked.</param>
    public sealed record Ranked(int Rank, string State, string Name, int N, double Value, bool Most);

    public sealed record Answer(Request Request, IReadOnlyList<Ranked> Rows, int Compared, int? FirstYear, int? LastYear);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var a = args.State("a");
        var frame = AgreementFrame.Read(args, record, allPairs: true, by: PeriodKind.All);
        if (args.Year("year", record) is { } y)
        {
            if (frame.From is not null || frame.To is not null)
            {
                throw new QuestionRefusal("year", "Give 'year' or 'from'/'to', not both.");
            }

            frame = frame with { From = y, To = y };
        }

        var top = args.Int("top", 10, 1, 300);
        var measure = args.Has("metric") ? frame.Measures[0] : AgreementMetrics.Column(frame.Convention.HeadlineMeasure());
        return new Request(a, frame, top, measure);
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        var frame = request.Frame;
        var matrix = record.Matrix(frame.Forum, frame.MergePredecessors);
        var periods = frame.Periods(record);
        var rules = frame.Convention.CoincidenceRules(matrix, periods);
        var registry = StateRegistry.Default;
        var ranked = AllPairsAgreement.OneAgainstAll(matrix, periods, AgreementRun.RowOf(matrix, request.A.Code, "a"))
            .Select(r => (State: matrix.States[r.B], r.Counts.N, Value: request.Measure.Value(AgreementScores.From(r.Counts, frame.MinN, rules[r.Period]))))
            .Where(r => r.Value is not null)
            .OrderByDescending(r => r.Value).ThenBy(r => r.State, StringComparer.Ordinal)
            .ToList();
        var rows = new List<Ranked>();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i < request.Top || i >= ranked.Count - request.Top)
            {
                var r = ranked[i];
                rows.Add(new Ranked(i + 1, r.State, registry.IsKnownCode(r.State) ? registry[r.State].Name : r.State, r.N, r.Value!.Value, i < request.Top));
            }
        }

        var cols = periods.Count > 0 ? periods[0].Columns : [];
        return new Answer(request, rows, ranked.Count, cols.Length > 0 ? matrix.Decisions[cols[0]].Year : null, cols.Length > 0 ? matrix.Decisions[cols[^1]].Year : null);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var request = answer.Request;
        var table = new ResultTable($"States voting most and least like {request.A.Name} in the {request.Frame.Forum.DisplayName()}", "rank", "state", "name", "n", request.Measure.Column, "group");
        AgreementRun.StateFacts(table, "a", request.A.Code, request.A.Name, request.Frame.MergePredecessors);
        request.Frame.Describe(table);
        table.Fact("first_year", answer.FirstYear);
        table.Fact("last_year", answer.LastYear);
        table.Fact("compared", answer.Compared);
        foreach (var r in answer.Rows)
        {
            table.Add(r.Rank, r.State, r.Name, r.N, r.Value, r.Most ? "most similar" : "least similar");
        }

        table.Notes.Add($"{answer.Compared} states compared; states with fewer than {request.Frame.MinN} common votes are left out.");
        return table;
    }
}
