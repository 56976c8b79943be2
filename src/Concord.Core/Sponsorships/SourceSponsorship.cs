namespace Concord.Sponsorships;

/// <summary>One sponsor as a source record lists it, before the record is matched to its decision.</summary>
/// <param name="Kind">Which list names it (<c>sponsors</c> or <c>additional_sponsors</c>).</param>
/// <param name="Position">The entry's place in that list, from 0; the sponsors of an entry that names several share it.</param>
/// <param name="Entry">The list entry exactly as the source writes it.</param>
/// <param name="Sponsor">What the entry (or this part of it) names.</param>
public readonly record struct SourceSponsorship(SponsorKind Kind, int Position, string Entry, SponsorName Sponsor);
