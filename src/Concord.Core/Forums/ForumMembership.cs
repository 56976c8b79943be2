using Concord.Domain;
namespace Concord.Forums;

/// <summary>One state's standing in one forum over one period (<see cref="To"/> null: still holds it).</summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> are inclusive: the day a state joins counts (Belarus is an SCO member on
/// 4 July 2024, the day of the Astana decision), and <see cref="To"/> is the last day it held the role. When a
/// date is known only to the month or year, "as of" a day takes the conservative reading: a state is listed only
/// when the record makes its standing certain, i.e. from the last day of the <see cref="From"/> period to the
/// first day of the <see cref="To"/> period.
/// </remarks>
public sealed record ForumMembership(string Forum, string State, MembershipRole Role, PartialDate From, PartialDate? To, string? Note, SourceCitation Source, RecordOrigin Origin)
{
    public DateOnly CertainFrom => From.Last;

    public DateOnly? CertainTo => To?.First;

    public bool IsCertainOn(DateOnly day) => day >= CertainFrom && (CertainTo is not { } to || day <= to);
}
