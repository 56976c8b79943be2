using System.Globalization;
using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;
using Concord.States;
using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>Writes a reconciled record into a new DuckDB file.</summary>
internal static class DatabaseWriter
{
    public static void Write(string path, ReconciledRecord record, StateRegistry states, IReadOnlyList<SourceFileInfo> files, IReadOnlyList<IdealPointReference> idealPoints, IReadOnlyDictionary<string, string> meta, Task<Domain.IssueClassification[]> classifying, Forums.ForumRecord? forums = null, IReadOnlyList<Reconciliation.Sponsorship>? sponsorships = null)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, DatabaseSchema.Create);
        Execute(connection, ForumStore.Schema);
        ForumStore.Write(connection, forums ?? Forums.ForumRecord.Empty);

        // Text fields whose control characters are dropped below, counted for `data check`.
        var cleaned = record.Decisions.Count(d => DataText.HasControl(d.Title) || DataText.HasControl(d.AgendaItem) || DataText.HasControl(d.Subjects))
            + (forums is null ? 0 : forums.Events.Count(e => DataText.HasControl(e.Name) || DataText.HasControl(e.Place) || DataText.HasControl(e.Note))
                + forums.Declarations.Count(d => DataText.HasControl(d.Title) || DataText.HasControl(d.Subject) || DataText.HasControl(d.Note)));
        using (var a = connection.CreateAppender("meta"))
        {
            foreach (var (k, v) in meta.Append(new("text_fields_with_control_characters", cleaned.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            {
                a.CreateRow().AppendValue(k).AppendValue(v).EndRow();
            }

            // Which DuckDB wrote the file: a reader needs a DuckDB that reads this storage version.
            using var version = connection.CreateCommand();
            version.CommandText = "SELECT version()";
            a.CreateRow().AppendValue("duckdb_version").AppendValue(version.ExecuteScalar() as string).EndRow();
        }

        // One number per file, so that a vote's file and line are one join away (votes JOIN sources USING (file_id)).
        var fileIds = new Dictionary<string, short>(StringComparer.Ordinal);
        using (var a = connection.CreateAppender("sources"))
        {
            foreach (var f in files)
            {
                var fileId = (short)(fileIds.Count + 1);
                if (!fileIds.TryAdd(f.File, fileId))
                {
                    continue;
                }

                a.CreateRow().AppendValue(fileId).AppendValue((short)f.Source).AppendValue(f.Source.Label()).AppendValue(f.File).AppendValue(f.Sha256)
                    .AppendValue(f.Bytes).AppendValue(f.Publisher).AppendValue(f.Terms).AppendValue(f.OriginUrl).AppendValue(f.RowsRead).EndRow();
            }
        }

        using (var a = connection.CreateAppender("states"))
        {
            foreach (var s in states.States)
            {
                a.CreateRow().AppendValue(s.Code).AppendValue(s.Name).AppendValue(s.Iso2).AppendValue(s.Cow).AppendValue(s.Dissolved).EndRow();
            }
        }

        using (var a = connection.CreateAppender("successions"))
        {
            foreach (var s in states.Successions)
            {
                a.CreateRow().AppendValue(s.State).AppendValue(s.Predecessor).AppendValue((DateOnly?)s.From).AppendValue(s.Kind.ToString().ToLowerInvariant())
                    .AppendValue(s.SourceUrl).AppendValue(s.Note).EndRow();
            }
        }

        using (var a = connection.CreateAppender("decisions"))
        {
            foreach (var d in record.Decisions)
            {
                var row = a.CreateRow()
                    .AppendValue(d.Id).AppendValue(d.Forum.Code()).AppendValue(d.Key).AppendValue(d.Symbol).AppendValue(d.Draft)
                    .AppendValue(d.Kind.ToString().ToLowerInvariant()).AppendValue(d.Outcome.ToString().ToLowerInvariant())
                    .AppendValue(d.Date).AppendValue((short?)d.Date?.Year).AppendValue(d.Session).AppendValue(d.RegularSession).AppendValue(DataText.Clean(d.Title))
                    .AppendValue(DataText.Clean(d.AgendaItem)).AppendValue(DataText.Clean(d.Subjects)).AppendValue(d.Meeting).AppendValue(d.RecordedVote)
                    .AppendValue((short?)d.Tally?.Yes).AppendValue((short?)d.Tally?.No).AppendValue((short?)d.Tally?.Abstain)
                    .AppendValue((short?)(d.Tally?.NonVoting ?? CountNonVoting(d)))
                    .AppendValue(d.Important).AppendValue(d.UndlId).AppendValue(d.Issues.Count == 0 ? null : string.Join(",", d.Issues))
                    .AppendValue(d.Date is null ? null : d.DateIsLowerBound ? "on_or_after" : "day");
                row.EndRow();
            }
        }

        using (var a = connection.CreateAppender("votes"))
        {
            foreach (var d in record.Decisions)
            {
                var votesFiles = VotesFiles(d, fileIds);
                foreach (var (state, v) in d.Votes)
                {
                    a.CreateRow().AppendValue(d.Id).AppendValue(state).AppendValue((byte)v.Vote).AppendValue((short)v.Source)
                        .AppendValue(votesFiles.TryGetValue(v.Source, out var fileId) ? fileId : (short?)null).AppendValue(v.Line).EndRow();
                }
            }
        }

        using (var a = connection.CreateAppender("vetoes"))
        {
            foreach (var d in record.Decisions)
            {
                foreach (var state in d.Vetoers)
                {
                    a.CreateRow().AppendValue(d.Id).AppendValue(state).EndRow();
                }
            }
        }

        using (var a = connection.CreateAppender("decision_sources"))
        {
            foreach (var d in record.Decisions)
            {
                foreach (var p in d.Sources)
                {
                    a.CreateRow().AppendValue(d.Id).AppendValue((short)p.Source).AppendValue(p.File).AppendValue(p.Line).AppendValue(p.SourceKey).AppendValue(p.VotesFile).EndRow();
                }
            }
        }

        var idByKey = record.Decisions.ToDictionary(d => d.Key, d => d.Id, StringComparer.Ordinal);
        using (var a = connection.CreateAppender("disagreements"))
        {
            foreach (var x in record.Disagreements)
            {
                a.CreateRow().AppendValue(idByKey.TryGetValue(x.DecisionKey, out var id) ? id : (int?)null).AppendValue(x.Symbol).AppendValue(x.Field).AppendValue(x.State)
                    .AppendValue(x.SourceA.Label()).AppendValue(x.ValueA).AppendValue(x.FileA).AppendValue(x.LineA)
                    .AppendValue(x.SourceB.Label()).AppendValue(x.ValueB).AppendValue(x.FileB).AppendValue(x.LineB).AppendValue(x.Kept).EndRow();
            }
        }

        using (var a = connection.CreateAppender("invariant_violations"))
        {
            foreach (var x in record.Violations)
            {
                a.CreateRow().AppendValue(idByKey.TryGetValue(x.DecisionKey, out var id) ? id : (int?)null).AppendValue(x.Symbol)
                    .AppendValue(Invariants.InvariantClasses.Code(x.Class)).AppendValue(x.State).AppendValue(x.Source.Label()).AppendValue(x.File)
                    .AppendValue(x.Line).AppendValue(x.Detail).AppendValue(Invariants.InvariantClasses.Code(x.Outcome)).AppendValue(x.How).EndRow();
            }
        }

        using (var a = connection.CreateAppender("control_totals"))
        {
            foreach (var t in record.ControlTotals)
            {
                a.CreateRow().AppendValue(t.Forum).AppendValue(t.Period).AppendValue(t.Measure).AppendValue(t.Reference).AppendValue(t.Record).AppendValue(t.Listed)
                    .AppendValue(t.UnvotesOnly).AppendValue(t.Difference).AppendValue(t.Explanation).AppendValue(t.ReferenceFile).AppendValue(t.ReferenceLine).EndRow();
            }
        }

        using (var a = connection.CreateAppender("withheld_votes"))
        {
            foreach (var d in record.Decisions)
            {
                foreach (var w in d.Withheld)
                {
                    a.CreateRow().AppendValue(d.Id).AppendValue(w.State).AppendValue((byte)w.Vote).AppendValue((short)w.Source)
                        .AppendValue(w.File is not null && fileIds.TryGetValue(w.File, out var fileId) ? fileId : (short?)null).AppendValue(w.Line)
                        .AppendValue(Invariants.InvariantClasses.Code(w.Class)).AppendValue(w.File).EndRow();
                }
            }
        }

        using (var a = connection.CreateAppender("sponsorships"))
        {
            foreach (var s in sponsorships ?? [])
            {
                a.CreateRow().AppendValue(s.DecisionId).AppendValue(s.Sponsor.State).AppendValue(Sponsorships.SponsorClasses.Code(s.Sponsor.Class)).AppendValue(s.Sponsor.Name)
                    .AppendValue(s.Sponsor.OnBehalfOf).AppendValue(Sponsorships.SponsorKinds.Code(s.Kind)).AppendValue((short)s.Position).AppendValue(s.Entry)
                    .AppendValue((short)s.Source).AppendValue(s.File).AppendValue(s.Line).EndRow();
            }
        }

        using (var a = connection.CreateAppender("ideal_points_reference"))
        {
            foreach (var p in idealPoints)
            {
                a.CreateRow().AppendValue(p.Cow).AppendValue(p.State).AppendValue((short)p.Year).AppendValue(p.Votes).AppendValue(p.IdealPoint)
                    .AppendValue(p.Q05).AppendValue(p.Q10).AppendValue(p.Q50).AppendValue(p.Q90).AppendValue(p.Q95).EndRow();
            }
        }

        var issues = classifying.GetAwaiter().GetResult();
        using (var a = connection.CreateAppender("decision_issues"))
        {
            for (var i = 0; i < record.Decisions.Count; i++)
            {
                var d = record.Decisions[i];
                foreach (var m in issues[i].Matches)
                {
                    a.CreateRow().AppendValue(d.Id).AppendValue(Domain.IssueSets.Code(m.Area)).AppendValue(m.Evidence).AppendValue(m.Why)
                        .AppendValue(m.Matched).AppendValue(m.Country).EndRow();
                }
            }
        }

        WriteVoteMatrix(connection, record, states, issues);
        Execute(connection, DatabaseSchema.Index);
        SchemaDescriptions.Apply(connection);
        Execute(connection, "CHECKPOINT;");
    }

    /// <summary>
    /// Each forum's votes again as one blob (a byte per state per recorded decision, in decision order) with its
    /// column metadata, so that the metrics engine loads a forum's matrix in two reads instead of a million.
    /// </summary>
    private static void WriteVoteMatrix(DuckDBConnection connection, ReconciledRecord record, StateRegistry states, Domain.IssueClassification[] issues)
    {
        using var a = connection.CreateAppender("vote_matrix");
        using var meta = connection.CreateAppender("vote_matrix_columns");
        foreach (var forum in new[] { Forum.GeneralAssembly, Forum.SecurityCouncil })
        {
            // Each column keeps its index in the record, where its issue areas are.
            var indexed = record.Decisions.Select((d, i) => (Decision: d, Index: i)).Where(x => x.Decision.Forum == forum && x.Decision.RecordedVote && x.Decision.Date is not null).OrderBy(x => x.Decision.Id).ToList();
            var columns = indexed.ConvertAll(x => x.Decision);
            var packed = new Domain.MatrixDecision[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var d = columns[c];
                var session = forum == Forum.GeneralAssembly ? d.RegularSession ?? VoteMatrixLoader.RegularSession(d.Session, d.Date!.Value) : (short)0;
                packed[c] = new Domain.MatrixDecision(d.Id, d.Date!.Value, d.Kind, session, false, issues[indexed[c].Index].Areas);
            }

            var rows = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            for (var c = 0; c < columns.Count; c++)
            {
                foreach (var (state, v) in columns[c].Votes)
                {
                    if (v.Vote == Vote.Absent)
                    {
                        continue;
                    }

                    if (!rows.TryGetValue(state, out var row))
                    {
                        rows[state] = row = new byte[columns.Count];
                    }

                    row[c] = (byte)v.Vote;
                }
            }

            var all = new byte[rows.Count * columns.Count];
            var r = 0;
            foreach (var votes in rows.Values)
            {
                votes.CopyTo(all, r++ * columns.Count);
            }

            // Stored twice: as recorded, and with continued seats joined (the default of every command), each with
            // the unanimity of every decision already marked, so that a command only reads.
            var matrix = VoteMatrixLoader.WithUnanimity(new Domain.VoteMatrix([.. rows.Keys], packed, all, forum, predecessorsMerged: false));
            var merged = VoteMatrixLoader.MergePredecessors(matrix, states);
            meta.CreateRow().AppendValue(forum.Code()).AppendValue(MatrixColumnsCodec.Encode(matrix.Decisions)).EndRow();
            foreach (var m in new[] { matrix, merged })
            {
                a.CreateRow().AppendValue(forum.Code()).AppendValue(m.PredecessorsMerged).AppendValue(string.Join(",", m.States)).AppendValue(m.Votes).EndRow();
            }
        }
    }

    /// <summary>The file of each source's member votes for one decision. A decision holds one record per source, or
    /// several records of one source in the same file (a duplicate folded), so a source's votes have one file.</summary>
    private static Dictionary<SourceId, short> VotesFiles(CanonicalDecision d, Dictionary<string, short> fileIds)
    {
        var result = new Dictionary<SourceId, short>();
        foreach (var p in d.Sources)
        {
            if (fileIds.TryGetValue(p.FileOfVotes, out var fileId))
            {
                result.TryAdd(p.Source, fileId);
            }
        }

        return result;
    }

    private static int? CountNonVoting(CanonicalDecision d)
    {
        var n = 0;
        foreach (var v in d.Votes.Values)
        {
            if (v.Vote == Vote.NonVoting)
            {
                n++;
            }
        }

        return n == 0 ? null : n;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
