namespace Concord.Domain;

/// <summary>How much of a date the record knows: the day, only the month, or only the year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
