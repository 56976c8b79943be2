using Concord.Forums;

namespace Concord.Domain;

/// <summary>A state's Security Council seat from <see cref="FromYear"/> to <see cref="ToYear"/> (inclusive calendar years), with its source.</summary>
/// <remarks>
/// Elected terms run from 1 January of the first year to 31 December of the last. Years are the register's grain:
/// in a year where a permanent seat changed hands (the China seat in 1971, the USSR's in 1991) both holders have
/// the year. <see cref="ToYear"/> is null for a permanent seat still held.
/// </remarks>
public sealed record CouncilSeat(string State, CouncilSeatKind Seat, int FromYear, int? ToYear, string? Note, SourceCitation Source)
{
    public bool Covers(int year) => year >= FromYear && (ToYear is not { } to || year <= to);
}
