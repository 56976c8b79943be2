namespace Concord.Council;

/// <summary>The names users type for each <see cref="PatternKind"/> (<c>joint-veto</c>, <c>co-abstention</c>) and what each means.</summary>
/// <remarks>Shared by the CLI's <c>sc --list</c> and the web API's <c>list</c> parameter, so a kind has one name everywhere.</remarks>
public static class PatternKinds
{
    /// <summary>Every kind's name, in the enum's order.</summary>
    public static IReadOnlyList<string> Codes { get; } = Enum.GetValues<PatternKind>().Select(Code).ToArray();

    /// <summary>The kebab-case name of a kind: <c>AVetoedBAbstained</c> is <c>a-vetoed-b-abstained</c>.</summary>
    public static string Code(this PatternKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse(string code, out PatternKind kind)
    {
        foreach (var k in Enum.GetValues<PatternKind>())
        {
            if (string.Equals(k.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>A heading for the decisions behind one count of members <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static string Describe(this PatternKind kind, string a, string b) => kind switch
    {
        PatternKind.JointVeto => $"Joint vetoes of {a} and {b}",
        PatternKind.AVetoedBAbstained => $"Vetoes by {a} while {b} abstained",
        PatternKind.AVetoedBYes => $"Vetoes by {a} while {b} voted yes",
        PatternKind.BVetoedAAbstained => $"Vetoes by {b} while {a} abstained",
        PatternKind.BVetoedAYes => $"Vetoes by {b} while {a} voted yes",
        PatternKind.CoAbstention => $"Adopted resolutions on which {a} and {b} both abstained",
        PatternKind.SplitVote => $"Votes where {a} and {b} voted opposite ways",
        PatternKind.ALoneNo => $"{a} the only member voting no",
        PatternKind.BLoneNo => $"{b} the only member voting no",
        PatternKind.ALoneAbstain => $"{a} the only member abstaining",
        PatternKind.BLoneAbstain => $"{b} the only member abstaining",
        PatternKind.JointAmendmentVeto => $"Amendments vetoed by both {a} and {b}",
        PatternKind.AVetoedAmendment => $"Amendments vetoed by {a} (not {b})",
        PatternKind.BVetoedAmendment => $"Amendments vetoed by {b} (not {a})",
        _ => kind.ToString(),
    };
}
