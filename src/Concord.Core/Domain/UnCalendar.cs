namespace Concord.Domain;

/// <summary>The United Nations' calendar: the year it began and how the General Assembly's regular sessions map to years.</summary>
/// <remarks>Written once here because every reader, the reconciliation, the store and the questions count sessions the
/// same way; a second copy of the rule is a second chance of an off-by-one year.</remarks>
public static class UnCalendar
{
    /// <summary>The year the United Nations began (the Charter entered into force on 24 October 1945): no decision,
    /// vote or membership is older, so any earlier date is a typo or a corrupted field.</summary>
    public const int FirstYear = 1945;

    /// <summary>The year regular session <paramref name="session"/> opened: session N opens in September of 1945 + N.</summary>
    public static int SessionOpeningYear(int session) => FirstYear + session;

    /// <summary>The regular session sitting on <paramref name="date"/>: the one opened that September, or the year before.</summary>
    public static int SessionOn(DateOnly date) => date.Month >= 9 ? date.Year - FirstYear : date.Year - FirstYear - 1;
}
