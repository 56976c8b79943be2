using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Forums;

/// <summary>Everything the record holds outside the UN roll calls: forums and memberships, declarations and the
/// members' positions on them, and bilateral events.</summary>
public sealed class ForumRecord(
    IReadOnlyList<RegionalForum> forums,
    IReadOnlyList<ForumMembership> memberships,
    IReadOnlyList<Declaration> declarations,
    IReadOnlyList<DeclarationPosition> positions,
    IReadOnlyList<BilateralEvent> events)
{
    public static ForumRecord Empty { get; } = new([], [], [], [], []);

    public IReadOnlyList<RegionalForum> Forums { get; } = forums;

    public IReadOnlyList<ForumMembership> Memberships { get; } = memberships;

    public IReadOnlyList<Declaration> Declarations { get; } = declarations;

    public IReadOnlyList<DeclarationPosition> Positions { get; } = positions;

    public IReadOnlyList<BilateralEvent> Events { get; } = events;

    private IReadOnlyList<ExerciseCoverage>? _coverage;

    /// <summary>The years each exercise dataset covers, from its rows (computed once: the record does not change).</summary>
    public IReadOnlyList<ExerciseCoverage> ExerciseCoverage => _coverage ??= Concord.Forums.ExerciseCoverage.Of(Events);

    public ForumRecord Concat(ForumRecord other) => new(
        [.. Forums, .. other.Forums], [.. Memberships, .. other.Memberships], [.. Declarations, .. other.Declarations],
        [.. Positions, .. other.Positions], [.. Events, .. other.Events]);

    public ForumRecord WithEvents(IReadOnlyList<BilateralEvent> events) => new(Forums, Memberships, Declarations, Positions, events);

    public RegionalForum? FindForum(string code) =>
        Forums.FirstOrDefault(f => string.Equals(f.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The standings certain on <paramref name="day"/> (see <see cref="Membership"/> for imprecise dates).</summary>
    public IEnumerable<ForumMembership> On(string forum, DateOnly day) =>
        Memberships.Where(m => string.Equals(m.Forum, forum, StringComparison.OrdinalIgnoreCase) && m.IsCertainOn(day));

    /// <summary>The forum's full members as a dated group for majority positions (<c>agree A --with SCO</c>).</summary>
    public bool TryGroup(string code, out StateGroup group)
    {
        var forum = FindForum(code);
        if (forum is null)
        {
            group = null!;
            return false;
        }

        var members = Memberships.Where(m => m.Forum == forum.Code && m.Role == MembershipRole.Member)
            .Select(m => new StateGroup.Member(m.State, m.CertainFrom, m.CertainTo, m.Source.Url ?? m.Source.ToString(), m.Source.Date?.First ?? m.CertainFrom))
            .ToList();
        group = new StateGroup(forum.Code, forum.Name, members);
        return members.Count > 0;
    }
}
