using Concord.Reconciliation;
using Concord.Sources;
using Concord.Sponsorships;

namespace Concord.Reconciliation;

/// <summary>Attaches each source record's sponsor lists to the reconciled decision the record was merged into.</summary>
/// <remarks>
/// <para>
/// The match is the one the reconciler already made for the record's votes: every decision keeps the provenance
/// (source, file, line) of each record merged into it, so a record's sponsors go to the decision that holds its
/// provenance, through every fold (orphans, votes recorded twice) that moved it.
/// </para>
/// <para>
/// DGACM repeats some records (session 79 uploads 33 resolutions twice, the second copy with the additional sponsors
/// filled in). The fullest copy is taken as written; another copy adds only the sponsors the fullest one lacks, so a
/// re-upload never doubles a sponsor. A record merged into no decision keeps its rows with no decision, not dropped.
/// </para>
/// </remarks>
public static class SponsorshipMatcher
{
    public static IReadOnlyList<Sponsorship> Match(ReconciledRecord record, IEnumerable<SourceBatch> batches)
    {
        var bySourceLine = new Dictionary<(SourceId, string, long), SourceDecision>();
        foreach (var batch in batches)
        {
            foreach (var d in batch.Decisions)
            {
                if (d.Sponsorships.Count > 0)
                {
                    bySourceLine.TryAdd((d.Source, d.File, d.Line), d);
                }
            }
        }

        var rows = new List<Sponsorship>();
        var matched = new HashSet<SourceDecision>();
        foreach (var c in record.Decisions)
        {
            List<SourceDecision>? copies = null;
            foreach (var p in c.Sources)
            {
                if (bySourceLine.TryGetValue((p.Source, p.File, p.Line), out var d) && matched.Add(d))
                {
                    (copies ??= []).Add(d);
                }
            }

            if (copies is not null)
            {
                AddCopies(rows, c.Id, copies);
            }
        }

        foreach (var d in bySourceLine.Values.Where(d => !matched.Contains(d)).OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line))
        {
            AddCopies(rows, null, [d]);
        }

        return rows;
    }

    private static void AddCopies(List<Sponsorship> rows, int? decisionId, List<SourceDecision> copies)
    {
        var ordered = copies.OrderByDescending(d => d.Sponsorships.Count).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        var seen = new HashSet<(SponsorKind, SponsorClass, string, string?)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i];
            foreach (var s in d.Sponsorships)
            {
                var key = (s.Kind, s.Sponsor.Class, s.Sponsor.State ?? States.StateNames.Normalize(s.Sponsor.Name), s.Sponsor.OnBehalfOf);
                // The fullest copy is kept as written (a state it lists twice stays listed twice); the others only add.
                if (seen.Add(key) || i == 0)
                {
                    rows.Add(new Sponsorship(decisionId, s.Kind, s.Position, s.Entry, s.Sponsor, d.Source, d.File, d.Line));
                }
            }
        }
    }
}
