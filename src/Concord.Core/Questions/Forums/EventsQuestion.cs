using Concord.Forums;

namespace Concord.Questions.Forums;

/// <summary><c>events</c>: exercises, patrols, leaders' meetings, treaties and joint statements with their sources,
/// listed, or counted by year.</summary>
/// <remarks>
/// The years of <c>by=year</c> are every year from <c>from</c> to <c>to</c>, zeros included; a bound not given is the first
/// (or last) year of the events record as a whole, whatever the filters. So the row set depends on the range asked and
/// on the record, never on which events match: two series (China–Russia exercises, China–Russia meetings) line up year by
/// year, and a leading or trailing zero says "none on record that year" rather than being cut off. (The CLI used to run
/// every year of the asked range and the API only from the first to the last match; this is the one rule for both.)
/// </remarks>
public sealed class EventsQuestion : Question
{
    public static readonly string[] SourceChoices = ["all", "curated", "datasets"];

    public static readonly string[] ByChoices = ["year"];

    public static readonly string[] TypeChoices = [.. Enum.GetValues<EventKind>().Select(k => k.Label())];

    /// <summary>The <c>between</c> list takes at most this many states (an event with more is a summit, not a pair's tie).</summary>
    public const int MaxStates = 10;

    public override string Name => "events";

    public override string Summary => "Events with their sources (joint exercises, patrols, leaders' meetings, treaties, joint statements), bilateral ones (two states) counted apart from multinational ones.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("between", $"Only events in which all these states took part (comma-separated codes or names, e.g. CHN,RUS; at most {MaxStates})."),
        new("type", "exercise, patrol, meeting, treaty or statement.", Choices: TypeChoices),
        new("by", "year: count events per year, for every year from 'from' to 'to' (default: the first and last year of the events record), zeros included.", Choices: ByChoices),
        new("from", "First year (inclusive)."),
        new("to", "Last year (inclusive)."),
        new("source", "curated (the cited rows shipped with Concord and the user's files), datasets (MME, JME, Russia list), or all (default).", Choices: SourceChoices),
        new("with-duplicates", "Also list dataset rows that describe an event already in the record (never counted; not with by=year).", Flag: true),
    ];

    public override string FileName(QuestionArgs args) => args.Has("by") ? "events-by-year" : "events";

    /// <param name="Between">State codes every listed event involves (all of them).</param>
    /// <param name="Source">all, curated or datasets.</param>
    public sealed record Request(IReadOnlyList<string> Between, EventKind? Kind, bool ByYear, int? From, int? To, string Source, bool WithDuplicates);

    /// <param name="Curated">Events from the curated rows or the user's files.</param>
    /// <param name="Datasets">Events from a dataset's rows that match no curated event.</param>
    /// <param name="Bilateral">Events two states alone took part in (<see cref="BilateralEvent.IsBilateral"/>).</param>
    /// <param name="Multinational">Events more states took part in.</param>
    public sealed record YearCount(int Year, int Events, int Curated, int Datasets, IReadOnlyList<string> Names)
    {
        public int Bilateral { get; init; }

        public int Multinational { get; init; }
    }

    /// <param name="Listed">The matching events in date order; dataset rows matched to a recorded event only with <c>with-duplicates</c>.</param>
    /// <param name="Counted">How many matching events count (matched dataset rows never do).</param>
    /// <param name="Matched">Matching dataset rows that describe an event already in the record.</param>
    /// <param name="Years">With <c>by=year</c>, one count per year of the range; else null.</param>
    /// <param name="FirstYear">The first year of the range counted (by=year), or null when the range is empty.</param>
    /// <param name="Coverage">Which exercise datasets cover the asked states and for which years (<see cref="ExerciseCoverage.Describe"/>).</param>
    /// <param name="Bilateral">Of the counted events, those only two states took part in.</param>
    /// <param name="Multinational">Of the counted events, those more states took part in (a multinational exercise the
    /// asked states both joined is not one of their bilateral ties).</param>
    public sealed record Answer(Request Request, IReadOnlyList<BilateralEvent> Listed, int Counted, int Matched, IReadOnlyList<YearCount>? Years, int? FirstYear, int? LastYear, string Coverage)
    {
        public int Bilateral { get; init; }

        public int Multinational { get; init; }
    }

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record.Forums, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var between = args.States("between", MaxStates);
        EventKind? kind = args.Choice("type", null, TypeChoices) is { } t ? Enum.GetValues<EventKind>().First(k => k.Label() == t) : null;
        var byYear = args.Choice("by", null, ByChoices) is not null;
        var (from, to) = args.Years(record);
        var origin = args.Choice("source", "all", SourceChoices)!;
        var duplicates = args.Flag("with-duplicates");
        if (byYear && duplicates)
        {
            throw new QuestionRefusal("with-duplicates", "'with-duplicates' lists the matched dataset rows; they are never counted, so it does not apply to by=year.");
        }

        return new Request(between, kind, byYear, from, to, origin, duplicates);
    }

    public static Answer Run(ForumRecord record, Request r)
    {
        var matching = record.Events
            .Where(e => r.Kind is null || e.Kind == r.Kind)
            .Where(e => e.Involves(r.Between))
            .Where(e => r.Source == "all" || (r.Source == "datasets") == e.Origin.IsDataset)
            .Where(e => (r.From is null || e.Start.Year >= r.From) && (r.To is null || e.Start.Year <= r.To))
            .OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var counted = matching.Where(e => e.DuplicateOf is null).ToList();
        var listed = r.WithDuplicates ? matching : counted;
        var (bilateral, multinational) = (counted.Count(e => e.IsBilateral), counted.Count(e => e.StatesTakingPart > 2));
        if (!r.ByYear)
        {
            return new Answer(r, listed, counted.Count, matching.Count - counted.Count, null, null, null, ExerciseCoverage.Describe(record.ExerciseCoverage, r.Between))
            {
                Bilateral = bilateral,
                Multinational = multinational,
            };
        }

        // The range is the one asked for; a missing bound is the events record's, not the matches' (see the remarks).
        int? first = r.From ?? (record.Events.Count > 0 ? record.Events.Min(e => e.Start.Year) : null);
        int? last = r.To ?? (record.Events.Count > 0 ? record.Events.Max(e => e.Start.Year) : null);
        var years = new List<YearCount>();
        if (first is { } f && last is { } l)
        {
            for (var y = f; y <= l; y++)
            {
                var inYear = counted.Where(e => e.Start.Year == y).ToList();
                years.Add(new YearCount(y, inYear.Count, inYear.Count(e => !e.Origin.IsDataset), inYear.Count(e => e.Origin.IsDataset), [.. inYear.Select(e => e.Name)])
                {
                    Bilateral = inYear.Count(e => e.IsBilateral),
                    Multinational = inYear.Count(e => e.StatesTakingPart > 2),
                });
            }
        }

        return new Answer(r, listed, counted.Count, matching.Count - counted.Count, years, years.Count > 0 ? first : null, years.Count > 0 ? last : null, ExerciseCoverage.Describe(record.ExerciseCoverage, r.Between))
        {
            Bilateral = bilateral,
            Multinational = multinational,
        };
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var what = (r.Kind?.Label() ?? "event") + "s" + (r.Between.Count > 0 ? " of " + string.Join(", ", r.Between) : "");
        what = char.ToUpperInvariant(what[0]) + what[1..];
        var table = answer.Years is { } years
            ? new ResultTable(what + " by year", "year", "events", "curated", "datasets", "names", "bilateral", "multinational")
            : new ResultTable(what, "start", "end", "type", "name", "participants", "place", "origin", "source", "duplicate_of", "scope");
        Describe(answer, table);
        if (answer.Years is not null)
        {
            foreach (var y in answer.Years)
            {
                table.Add(y.Year, y.Events, y.Curated, y.Datasets, string.Join("; ", y.Names), y.Bilateral, y.Multinational);
            }

            table.Notes.Add("Each event counts once, in the year it started; every year of the range is a row, zeros included (the range is from/to, else the first to the last year of the events record). 'datasets' counts rows of MME, JME or the Russia list that match no curated event (docs/data.md). 'bilateral': two states alone took part; 'multinational': more did (an exercise both joined among others).");
            return table;
        }

        foreach (var e in answer.Listed)
        {
            table.Add(e.Start.ToString(), e.End?.ToString(), e.Kind.Label(), e.Name, string.Join(" ", e.Participants), e.Place, e.Origin.ToString(), e.Source.ToString(), e.DuplicateOf, e.Scope);
        }

        table.Notes.Add("Dates are as precise as the source: YYYY-MM-DD, YYYY-MM or YYYY. Dataset rows that describe an event already in the record are not counted (with-duplicates lists them); the rule is in docs/data.md.");
        return table;
    }

    /// <summary>The facts and notes every events answer states, listed or by year: the frame asked, the counts, and what
    /// the record covers. A fact or note about the events record as a whole (its coverage) belongs here, once.</summary>
    private static void Describe(Answer answer, ResultTable table)
    {
        var r = answer.Request;
        table.Fact("between", r.Between.ToList());
        table.Fact("type", r.Kind?.Label());
        table.Fact("source", r.Source);
        table.Fact("from", r.From);
        table.Fact("to", r.To);
        if (r.ByYear)
        {
            table.Fact("first_year", answer.FirstYear);
            table.Fact("last_year", answer.LastYear);
        }

        table.Fact("events", answer.Counted);
        // Two counts, never one: a multinational exercise both states joined is not a bilateral tie between them.
        table.Fact("bilateral", answer.Bilateral);
        table.Fact("multinational", answer.Multinational);
        table.Fact("dataset_rows_matched_to_recorded_events", answer.Matched);
        table.Fact("coverage", answer.Coverage);
        // Also a note: a CSV reader sees the notes (on stderr), not the facts.
        table.Notes.Add(answer.Coverage);
        if (answer.Counted == 0)
        {
            table.Notes.Add("No events match.");
        }
    }
}
