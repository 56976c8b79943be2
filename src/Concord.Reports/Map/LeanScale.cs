using System.Globalization;

namespace Concord.Reports.Map;

/// <summary>
/// The colours of "which of the two a state votes with more": fixed class breaks on the difference of agreement
/// (with A minus with B), the same every year and for every pair so that two maps can be compared, in ColorBrewer's
/// purple–orange scheme (PuOr), which readers with the common colour-vision deficiencies can tell apart.
/// </summary>
public static class LeanScale
{
    /// <summary>One class: differences in [From, To), its colour and its legend text.</summary>
    public sealed record LeanClass(double From, double To, string Colour, string Label);

    /// <summary>The colour of A itself and of B itself.</summary>
    public const string AColour = "#7f3b08";
    public const string BColour = "#2d004b";

    /// <summary>A UN member in the period that cast no recorded vote: drawn hatched over this.</summary>
    public const string AbsentColour = "#ffffff";

    /// <summary>A state that voted, but shares fewer common votes with A or B than the minimum.</summary>
    public const string TooFewColour = "#9e9e9e";

    /// <summary>An area without a UN seat of its own in the period (a territory, a non-member, a state not yet admitted).</summary>
    public const string NoSeatColour = "#d4d8dc";

    public const string SeaColour = "#eef3f7";

    /// <summary>From the most A-leaning to the most B-leaning; "about even" in the middle.</summary>
    public static IReadOnlyList<LeanClass> Classes { get; } =
    [
        new(0.5, double.PositiveInfinity, "#b35806", "0.50 or more"),
        new(0.3, 0.5, "#e08214", "0.30 to 0.50"),
        new(0.15, 0.3, "#fdb863", "0.15 to 0.30"),
        new(0.05, 0.15, "#fee0b6", "0.05 to 0.15"),
        new(-0.05, 0.05, "#f7f7f7", "within 0.05"),
        new(-0.15, -0.05, "#d8daeb", "0.05 to 0.15"),
        new(-0.3, -0.15, "#b2abd2", "0.15 to 0.30"),
        new(-0.5, -0.3, "#8073ac", "0.30 to 0.50"),
        new(double.NegativeInfinity, -0.5, "#542788", "0.50 or more"),
    ];

    /// <summary>The class a difference falls in.</summary>
    public static LeanClass Of(double difference)
    {
        foreach (var c in Classes)
        {
            if (difference >= c.From && difference < c.To)
            {
                return c;
            }
        }

        return Classes[^1];
    }

    /// <summary>"+0.44" or "−0.12": the sign always shown, since it says which side.</summary>
    public static string Signed(double difference) =>
        (difference >= 0 ? "+" : "−") + Math.Abs(difference).ToString("0.00", CultureInfo.InvariantCulture);
}
