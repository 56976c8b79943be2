using System.Globalization;

namespace Concord.Domain;

/// <summary>A date known to the day, the month or the year (<c>2024-07-04</c>, <c>2024-07</c>, <c>2024</c>).</summary>
/// <remarks>
/// A partial date stands for a period: <see cref="First"/> is its first day and <see cref="Last"/> its last. The
/// record never widens what a source says into a day it does not give; consumers decide which end to use
/// (membership "as of" a date takes the conservative end, see <see cref="Membership.IsCertainOn"/>).
/// Ordering is by first day, then by precision (day before month before year).
/// </remarks>
public readonly record struct PartialDate(DateOnly First, DatePrecision Precision) : IComparable<PartialDate>
{
    public DateOnly Last => Precision switch
    {
        DatePrecision.Day => First,
        DatePrecision.Month => First.AddMonths(1).AddDays(-1),
        _ => new DateOnly(First.Year, 12, 31),
    };

    public int Year => First.Year;

    public static PartialDate Day(DateOnly day) => new(day, DatePrecision.Day);

    public static PartialDate OfYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; anything else is not a date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var s = text?.Trim() ?? "";
        var inv = CultureInfo.InvariantCulture;
        switch (s.Length)
        {
            case 4 when int.TryParse(s, NumberStyles.None, inv, out var y) && y >= 1:
                date = OfYear(y);
                return true;
            case 7 when DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m):
                date = new PartialDate(m, DatePrecision.Month);
                return true;
            case 10 when DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d):
                date = Day(d);
                return true;
            default:
                return false;
        }
    }


    public int CompareTo(PartialDate other)
    {
        var c = First.CompareTo(other.First);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => First.Year.ToString(CultureInfo.InvariantCulture),
    };
}
