using Concord.Sources;
using Concord.Sponsorships;

namespace Concord.Reconciliation;

/// <summary>A sponsor of a decision as stored in the record (one row of the <c>sponsorships</c> table).</summary>
/// <param name="DecisionId">The reconciled decision the source record was merged into; null only if it was merged into
/// none (then the row is still kept, with its file and line).</param>
/// <param name="File">The source file, relative to the data folder.</param>
/// <param name="Line">The line of the record in that file (one record per line).</param>
public sealed record Sponsorship(int? DecisionId, SponsorKind Kind, int Position, string Entry, SponsorName Sponsor, SourceId Source, string File, long Line);
