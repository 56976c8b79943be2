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
    /// is reconciled and it runs while the sponsor lists are matched and the tables appended. The rules run only over
    /// texts the last sync did not see (<see cref="ClassificationCache"/> beside <paramref name="databasePath"/>).
    /// </summary>
    public static Task<IssueClassification[]> StartClassifying(ReconciledRecord record, StateRegistry states, string? databasePath = null) =>
        Task.Run(() => Classify(record, states, databasePath));

    private static IssueClassification[] Classify(ReconciledRecord record, StateRegistry states, string? databasePath)
    {
        var decisions = record.Decisions;
        var cache = databasePath is null ? ClassificationCache.Empty : ClassificationCache.Load(databasePath);
        var texts = new (string Title, string Agenda, string Subjects)[decisions.Count];
        var verdicts = new IssueClassification[decisions.Count];
        var classified = new IssueClassification[decisions.Count];
        // Seventy patterns over eleven thousand titles: both cores share the decisions (a Regex matches safely from several threads).
        Parallel.For(0, decisions.Count, i =>
        {
            var d = decisions[i];
            texts[i] = (d.Title ?? "", d.AgendaItem ?? "", d.Subjects ?? "");
            if (!cache.TryGet(texts[i].Title, texts[i].Agenda, texts[i].Subjects, out var c))
            {
                c = IssueClassifier.Default.Classify(texts[i].Title, texts[i].Agenda, texts[i].Subjects);
            }

            verdicts[i] = c;
            if (c.Matches.Any(m => m.Country is not null))
            {
                c = c with { Matches = [.. c.Matches.Select(m => m.Country is { } name && ResolveCountry(states, name, d.Date) is { } code ? m with { Country = code } : m)] };
            }

            classified[i] = c;
        });

        if (databasePath is not null)
        {
            ClassificationCache.Save(databasePath, texts, verdicts);
        }

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
