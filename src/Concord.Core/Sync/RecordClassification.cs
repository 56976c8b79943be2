using Concord.Domain;
using Concord.Issues;
using Concord.Reconciliation;
using Concord.States;

namespace Concord.Sync;

/// <summary>
/// Every decision's issue areas by the rules; a country named by a country-situation rule is stored as its code
/// when the registry knows the name on the decision's date, and as written otherwise. The sync hands them to the writer.
/// </summary>
internal static class RecordClassification
{
    /// <summary>
    /// Starts putting every decision in its issue areas. It is the longest step of writing (about 2 s of regular
    /// expressions over every decision) and needs nothing from the database, so the sync starts it as soon as the record
    /// is reconciled and it runs while the sponsor lists are matched and the tables appended.
    /// </summary>
    public static Task<IssueClassification[]> StartClassifying(ReconciledRecord record, StateRegistry states) =>
        Task.Run(() => Classify(record, states));

    private static IssueClassification[] Classify(ReconciledRecord record, StateRegistry states)
    {
        // Seventy patterns over eleven thousand titles: both cores share the decisions (a Regex matches safely from several threads).
        var decisions = record.Decisions;
        var classified = new IssueClassification[decisions.Count];
        Parallel.For(0, decisions.Count, i =>
        {
            var d = decisions[i];
            var c = IssueClassifier.Default.Classify(d.Title, d.AgendaItem, d.Subjects);
            if (c.Matches.Any(m => m.Country is not null))
            {
                c = c with { Matches = [.. c.Matches.Select(m => m.Country is { } name && ResolveCountry(states, name, d.Date) is { } code ? m with { Country = code } : m)] };
            }

            classified[i] = c;
        });

        return classified;
    }

    /// <summary>
    /// The state a title names: the whole phrase, else its longest ending that is a state's name, so that
    /// "Islamic Republic of Iran" and "Rohingya Muslims and other minorities in Myanmar" find IRN and MMR.
    /// </summary>
    private static string? ResolveCountry(StateRegistry states, string phrase, DateOnly? on)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var start = 0; start < words.Length; start++)
        {
            var candidate = string.Join(' ', words[start..]);
            if (candidate.Length >= 4 && states.TryResolve(candidate, on, out var state))
            {
                return state.Code;
            }
        }

        return null;
    }
}
