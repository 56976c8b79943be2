namespace Concord.Domain;

/// <summary>The most members a forum can have had: a count of votes above it is a corrupted field, not a vote.</summary>
/// <remarks>
/// The General Assembly has had at most 193 members, since South Sudan joined on 14 July 2011
/// (https://www.un.org/en/about-us/growth-in-un-membership, read 27 Nov 2026). The Security Council had 11 members
/// until the amendment of Charter Article 23 (resolution 1991 A (XVIII), in force 31 August 1965) made it 15 from
/// 1 January 1966 (https://www.un.org/en/about-us/un-charter/chapter-5, read 27 Nov 2026). The bound is the whole
/// membership, not the membership on the day: a per-day check belongs to the membership register.
/// </remarks>
public static class Seats
{
    public const int GeneralAssemblyMax = 193;

    public static int Max(Forum forum, DateOnly? date) => forum switch
    {
        Forum.SecurityCouncil => date is { } d && d < new DateOnly(1966, 1, 1) ? 11 : 15,
        _ => GeneralAssemblyMax,
    };
}
