namespace Concord.Forums;

/// <summary>A member's position on a key paragraph of a declaration.</summary>
/// <remarks>
/// <see cref="Dissented"/> also covers a member left out of a paragraph that names the states subscribing to it
/// (India in the SCO's Belt and Road paragraphs); the note of each position says which.
/// </remarks>
public enum PositionKind
{
    Endorsed,
    Dissented,
    Reservation,
    Absent,
}

/// <summary>The spelling of positions in the CSV files and in output.</summary>
public static class PositionKinds
{
    public static string Label(this PositionKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out PositionKind kind) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);
}
