using Concord.Council;
using Concord.Domain;
using Concord.Reference;
using Concord.States;

namespace Concord.Store;

/// <summary>Reads every Security Council decision, with votes, vetoes and issue areas, into a <see cref="CouncilRecord"/>.</summary>
public static class CouncilRecordLoader
{
    /// <param name="mergePredecessors">Count the USSR's votes and vetoes as Russia's (the seat Russia continued); the
    /// Republic of China's are never the PRC's.</param>
    public static CouncilRecord Load(ConcordDatabase db, bool mergePredecessors = true, CouncilTopics? topics = null, StateRegistry? registry = null)
    {
        topics ??= CouncilTopics.Default;
        registry ??= StateRegistry.Default;
        // Where seats are joined, a predecessor's votes and vetoes count as its successor's (the USSR's as Russia's).
        var seats = new Dictionary<string, string>(StringComparer.Ordinal);
        string Seat(string state)
        {
            if (!seats.TryGetValue(state, out var holder))
            {
                seats[state] = holder = mergePredecessors ? registry.SeatHolder(state) : state;
            }

            return holder;
        }

        var votes = new Dictionary<int, Dictionary<string, Vote>>();
        using (var cmd = db.Command("SELECT v.decision_id, v.state, v.vote FROM votes v JOIN decisions d USING (decision_id) WHERE d.forum = 'sc'"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt32(0);
                if (!votes.TryGetValue(id, out var map))
                {
                    votes[id] = map = new Dictionary<string, Vote>(StringComparer.Ordinal);
                }

                map[Seat(r.GetString(1))] = (Vote)r.GetByte(2);
            }
        }

        var vetoes = new Dictionary<int, List<string>>();
        var vetoesAsCast = new Dictionary<int, List<string>>();
        using (var cmd = db.Command("SELECT v.decision_id, v.state FROM vetoes v JOIN decisions d USING (decision_id) WHERE d.forum = 'sc' ORDER BY v.state"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt32(0);
                if (!vetoes.TryGetValue(id, out var list))
                {
                    vetoes[id] = list = [];
                    vetoesAsCast[id] = [];
                }

                list.Add(Seat(r.GetString(1)));
                vetoesAsCast[id].Add(r.GetString(1));
            }
        }

        var issues = new Dictionary<int, Domain.IssueSet>();
        using (var cmd = db.Command("SELECT i.decision_id, string_agg(DISTINCT i.area, ',') FROM decision_issues i JOIN decisions d USING (decision_id) WHERE d.forum = 'sc' GROUP BY i.decision_id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                issues[r.GetInt32(0)] = Domain.IssueSets.ParseList(r.GetString(1));
            }
        }

        var decisions = new List<CouncilDecision>();
        using (var cmd = db.Command("""
            SELECT decision_id, symbol, draft, date, kind, outcome, title, agenda_item, meeting, yes, no, abstain, recorded_vote, subjects
            FROM decisions WHERE forum = 'sc' AND date IS NOT NULL ORDER BY date, decision_id
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                var id = r.GetInt32(0);
                Tally? tally = r.IsDBNull(9) ? null : new Tally(r.GetInt16(9), r.GetInt16(10), r.GetInt16(11));
                var title = S(6);
                var agenda = S(7);
                decisions.Add(new CouncilDecision(
                    id, S(1), S(2), r.GetFieldValue<DateOnly>(3),
                    Enum.Parse<DecisionKind>(r.GetString(4), ignoreCase: true),
                    Enum.Parse<DecisionOutcome>(r.GetString(5), ignoreCase: true),
                    title, agenda, S(8), tally, r.GetBoolean(12),
                    votes.TryGetValue(id, out var v) ? v : new Dictionary<string, Vote>(),
                    vetoes.TryGetValue(id, out var vt) ? vt : [],
                    topics.Classify(agenda, title, S(13)),
                    issues.GetValueOrDefault(id))
                { VetoersAsCast = vetoesAsCast.TryGetValue(id, out var cast) ? cast : [] });
            }
        }

        return new CouncilRecord(decisions);
    }
}
