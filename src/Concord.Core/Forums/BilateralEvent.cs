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
}
