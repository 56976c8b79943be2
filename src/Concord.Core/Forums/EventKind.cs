namespace Concord.Forums;

/// <summary>What kind of bilateral or multilateral event a row records.</summary>
public enum EventKind
{
    /// <summary>A joint military exercise.</summary>
    Exercise,

    /// <summary>A joint (air or naval) patrol.</summary>
    Patrol,

    /// <summary>A meeting of leaders.</summary>
    Meeting,

    /// <summary>A treaty or agreement signed.</summary>
    Treaty,

    /// <summary>A joint statement.</summary>
    Statement,
}

/// <summary>The spelling of kinds in the CSV files, in <c>--type</c> and in output.</summary>
public static class EventKinds
{
    public static string Label(this EventKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out EventKind kind)
    {
        var t = text.Trim().ToLowerInvariant();
        t = t switch
        {
            "exercises" => "exercise",
            "patrols" => "patrol",
            "meetings" => "meeting",
            "treaties" or "agreement" or "agreements" => "treaty",
            "statements" => "statement",
            _ => t,
        };
        foreach (var k in Enum.GetValues<EventKind>())
        {
            if (k.Label() == t)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
