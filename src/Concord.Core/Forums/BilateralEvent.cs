using Concord.Domain;
namespace Concord.Forums;

/// <summary>A dated event between states: an exercise, patrol, leaders' meeting, treaty or joint statement.</summary>
/// <param name="Id">Stable key; dataset rows get one made of the dataset and its row id.</param>
/// <param name="Series">The series the event belongs to (Joint Sea, Peace Mission, ...), used to match dataset rows.</param>
/// <param name="End">Last day (or period) when the event ran over several days; null for a single date.</param>
/// <param name="Participants">Canonical state codes, sorted.</param>
/// <param name="DuplicateOf">For a dataset row that describes an event already in the record, that event's id
/// (the row is kept as corroboration and not counted).</param>
public sealed record BilateralEvent(
    string Id,
    EventKind Kind,
    string Name,
    string? Series,
    PartialDate Start,
    PartialDate? End,
    IReadOnlyList<string> Participants,
    string? Place,
    string? Note,
    SourceCitation Source,
    RecordOrigin Origin,
    string? DuplicateOf = null)
{
    public DateOnly FirstDay => Start.First;

    public DateOnly LastDay => (End ?? Start).Last;

    public bool Involves(IEnumerable<string> states) => states.All(s => Participants.Contains(s, StringComparer.Ordinal));

    /// <summary>How many distinct states took part, as the record lists them (a dataset row that names one twice counts it once).</summary>
    public int StatesTakingPart => Participants.Distinct(StringComparer.Ordinal).Count();

    /// <summary>Only two states took part: a bilateral event. With more, it is a multinational event the two both joined
    /// (an SCO drill, a 24-state exercise), which a count of the pair's own ties keeps apart.</summary>
    /// <remarks>As recorded: a curated row that lists only the two states where others also took part reads as bilateral.</remarks>
    public bool IsBilateral => StatesTakingPart == 2;

    /// <summary>"bilateral" (two states), "multinational" (more), or "single" (one state or none named, as some dataset rows).</summary>
    public string Scope => StatesTakingPart switch
    {
        2 => "bilateral",
        > 2 => "multinational",
        _ => "single",
    };
}
