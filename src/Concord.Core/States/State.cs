namespace Concord.States;

/// <summary>A state as Concord identifies it.</summary>
/// <remarks>
/// <see cref="Code"/> is ISO 3166-1 alpha-3 for existing states and the ISO 3166-3 era code for
/// dissolved ones (<c>SUN</c> for the USSR, <c>YUG</c>, <c>CSK</c>, <c>DDR</c>, <c>YMD</c>). The Republic of
/// China, which held the China seat until 25 October 1971, is <c>TWN</c>, never <c>CHN</c>.
/// Two states are equal when their codes are equal.
/// </remarks>
public sealed record State(string Code, string Name, string? Iso2, int? Cow, DateOnly? Dissolved);
