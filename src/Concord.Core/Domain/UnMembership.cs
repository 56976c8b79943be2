using Concord.Forums;

namespace Concord.Domain;

/// <summary>One period in which a state, by its Concord code, was a member of the United Nations, with its source.</summary>
/// <remarks>
/// <see cref="Admitted"/> and <see cref="Left"/> are inclusive days: the day of admission counts, and
/// <see cref="Left"/> is the last day of membership (null: still a member). The periods follow Concord's state
/// codes, not the UN's own dating of a membership: the Russian Federation's period starts on 24 December 1991,
/// when it continued the USSR's (<c>SUN</c>), although the UN lists it as an original Member; the People's Republic
/// of China's starts on 26 October 1971, the Republic of China (<c>TWN</c>) holding the China seat before. A state
/// may have several periods (Syria before and after the United Arab Republic; the two Yugoslav memberships).
/// </remarks>
public sealed record UnMembership(string State, DateOnly Admitted, DateOnly? Left, string? Note, SourceCitation Source)
{
    public bool Covers(DateOnly day) => day >= Admitted && (Left is not { } left || day <= left);

    /// <summary>Whether the period includes at least one day of <paramref name="year"/>.</summary>
    public bool Touches(int year) => Admitted.Year <= year && (Left is not { } left || left.Year >= year);
}
