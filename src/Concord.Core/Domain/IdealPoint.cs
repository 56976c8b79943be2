namespace Concord.Domain;

/// <summary>One state's position in one year, with its 90% interval and the number of votes behind it.</summary>
/// <remarks>Year is the year the regular session opened (1946 for session 1), as in the Bailey–Strezhnev–Voeten data.</remarks>
public readonly record struct IdealPoint(string State, int Year, double Position, double Lower, double Upper, int Votes);
