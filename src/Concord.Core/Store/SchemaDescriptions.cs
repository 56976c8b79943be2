using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>What every table, view and column of a Concord database holds, in words a researcher reads.</summary>
/// <remarks>
/// The sync writes these into the database as DuckDB comments (<c>COMMENT ON TABLE</c>, <c>COMMENT ON COLUMN</c>), so
/// that <c>duckdb_tables()</c> and <c>duckdb_columns()</c> describe the database from inside it, and docs/schema.md is
/// generated from them (<see cref="SchemaDocument"/>). A new table needs only an entry here: a column shared by many tables
/// (<c>decision_id</c>, <c>state</c>, <c>file</c>, <c>line</c>...) takes its description from <see cref="s_common"/>
/// unless its table says otherwise. A test fails when a column of the database has no description.
/// </remarks>
public static class SchemaDescriptions
{
    /// <summary>Descriptions of columns that mean the same in every table that has them.</summary>
    private static readonly Dictionary<string, string> s_common = new(StringComparer.Ordinal)
    {
        ["decision_id"] = "The decision (decisions.decision_id).",
        ["state"] = "The state's code (states.code): ISO 3166-1 alpha-3, or the era code of a dissolved state (SUN, YUG, CSK...).",
        ["symbol"] = "The decision's UN symbol as in decisions.symbol (null where the UN gave it none).",
        ["source_id"] = "The source (sources.source_id): one number per publisher's data set, several files each.",
        ["file_id"] = "The file (sources.file_id): `JOIN sources USING (file_id)` gives its path, publisher and SHA-256.",
        ["file"] = "The file the row was read from, relative to the data directory (or to the user's folder for origin 'user').",
        ["line"] = "The line of that file the row begins on (1 = the first line; a CSV's header is line 1).",
        ["source_line"] = "The line of the vote's file (file_id) the vote was read from (1 = the first line).",
        ["vote"] = "The vote: 1 yes, 2 abstain, 3 no, 4 non-voting (vote_labels); a member with no record has no row.",
        ["forum"] = "The forum: 'ga' (General Assembly), 'sc' (Security Council), or a regional forum's code (forums.forum).",
        ["note"] = "A free-text remark from the curated record.",
        ["origin"] = "Where the row was read: 'curated' (shipped with Concord), 'user' (concord data sync --events), or a data set's short name.",
        ["source_publisher"] = "Who published the fact (the source cited for it).",
        ["source_title"] = "The cited document's title.",
        ["source_date"] = "The cited document's date (its first day; see source_date_precision).",
        ["source_date_precision"] = "How much of source_date is known: 'day', 'month' or 'year'.",
        ["source_url"] = "A public address of the cited source.",
        ["date_precision"] = "How much of the date is known: 'day', 'month' or 'year' (the date is the first day of that period).",
        ["year"] = "The calendar year.",
    };

    private static readonly TableDescription[] s_tables =
    [
        new("speech_corpus", "The General Debate corpus the speeches were indexed from: one row, the stamp a sync compares to decide whether to index again.",
            ("file", "The corpus archive, relative to the data directory (speeches/ungdc_1946-2024.tar.gz)."),
            ("sha256", "The archive's SHA-256."),
            ("bytes", "The archive's size in bytes."),
            ("modified_utc", "The archive's modification time when indexed."),
            ("index_version", "The version of Concord's text processing (tokeniser, stop words, stemmer); a new version indexes again."),
            ("dictionary_sha256", "The SHA-256 of the concept dictionary's terms; a changed dictionary counts again."),
            ("speeches", "Speeches indexed."),
            ("words", "Words in them, as the corpus counts (before stop words are removed)."),
            ("indexed_at_utc", "When the index was built."),
            ("index_seconds", "How long reading and indexing took.")),
        new("speeches", "Every General Debate speech: one English text per state and session (UN General Debate Corpus).",
            ("speech_id", "The speech's number in this database (speech_texts, speech_concepts)."),
            ("state", "The state whose seat the speech is counted for (the seat's holder on the day: TWN for China before 1972, SUN for Russia before 1992)."),
            ("filed", "The code the corpus files the speech under (CHN, RUS...)."),
            ("session", "The General Assembly session."),
            ("year", "The year the session opened (the General Debate is in September)."),
            ("words", "Words in the speech as written."),
            ("kept", "Terms kept after removing stop words, numbers, dates and procedural words."),
            ("source_file", "The corpus archive the speech was read from."),
            ("entry", "The speech's entry (path) inside the archive.")),
        new("speech_texts", "The text of every speech, as the corpus gives it.",
            ("speech_id", "The speech (speeches.speech_id)."),
            ("text", "The speech's English text.")),
        new("speech_year_vectors", "Per year, the speeches' tf-idf vectors, concept counts and their pairwise similarities, packed for the speech questions.",
            ("year", "The year the session opened."),
            ("speech_ids", "The year's speeches, in the order of the packed arrays."),
            ("vectors", "Each speech's l2-normalised tf-idf vector (term ids and weights, varint-packed)."),
            ("concepts", "Each speech's concept counts, packed."),
            ("similarities", "The cosine similarity of every pair of the year's speeches (upper triangle), packed."),
            ("median_similarity", "The median of the year's pairwise similarities (the yardstick of the pair questions)."),
            ("offsets", "Where each speech's vector starts in vectors (and where the last ends), as int32: one speech is decoded alone."),
            ("term_totals", "The year's terms with their occurrences summed over its speeches, then with how many speeches use each (varint-packed).")),
        new("speech_vectors", "Each speech alone, in speech order: its term counts, their document frequencies, its row of the year's cosines and percentiles: a question reads the few speeches it needs.",
            ("speech_id", "The speech (speeches.speech_id)."),
            ("vector", "Its number of terms, then each term's id gap (ids ascend) and count, as unsigned LEB128 varints."),
            ("document_frequencies", "How many of the year's speeches use each of its terms, in the same form (the counts replaced)."),
            ("similarities", "Its cosine with each of the year's speeches in id order (itself: 1, or 0 with no term), as little-endian doubles."),
            ("pairs_below", "For each of the year's speeches, how many of the year's pairs are less alike than the two, as int32.")),
        new("speech_vocabulary", "Every stem kept in the corpus.",
            ("term_id", "The stem's number (in the packed vectors)."),
            ("stem", "The Porter stem."),
            ("word", "The form the stem most often has in the corpus (shown to readers)."),
            ("total", "How often the stem occurs in the whole corpus.")),
        new("speech_concepts", "How often each speech uses each concept's terms (counted in the raw text).",
            ("speech_id", "The speech (speeches.speech_id)."),
            ("concept", "The concept (speech_concept_dictionary.concept)."),
            ("count", "Occurrences of the concept's terms in the speech.")),
        new("speech_concept_dictionary", "The curated dictionary of concepts the speech questions count, each with its source.",
            ("concept", "The concept's code (sovereignty, non_interference, hegemony...)."),
            ("label", "The concept's name for readers."),
            ("terms", "The terms (patterns) counted for it."),
            ("note", "Why these terms, and what is left out."),
            ("source", "A public source that tracks the concept."),
            ("citation", "The source as cited.")),
        new("meta", "Facts about this build of the database, one key per row.",
            ("key", "schema_version (of Concord's tables), built_at_utc, data_dir, reference_sha256 (Concord's reference tables), duckdb_version (the DuckDB library that wrote the file), ideal_points_input (the fingerprint of what the ideal-point fit read), events_dir, inputs_sha256 (the fingerprint of every input of the sync: a sync of equal inputs leaves the database as it is), source_rows_read."),
            ("value", "The value, as text.")),
        new("sources", "Every source file the sync read: one row per file, with its publisher and checksum.",
            ("file_id", "The file's number in this database (votes.file_id, withheld_votes.file_id); one per row."),
            ("source_id", "The source (data set) the file belongs to; a source may have several files."),
            ("label", "The source's short name (unvotes, undl-wide, dgacm-ga, sc-drafts...; docs/data.md)."),
            ("file", "The file, relative to the data directory."),
            ("sha256", "The SHA-256 of the file as read (lower-case hex)."),
            ("bytes", "The file's size in bytes."),
            ("publisher", "Who publishes the file."),
            ("terms", "The publisher's terms of use."),
            ("origin_url", "Where the publisher offers it."),
            ("rows_read", "Rows the source's reader read from all of the source's files.")),
        new("states", "Every state Concord knows, with its codes.",
            ("code", "ISO 3166-1 alpha-3 code, or the era code of a dissolved state (SUN, YUG, SCG, CSK, DDR, YMD; TWN for the Republic of China; XZZ Zanzibar)."),
            ("name", "The state's name in English."),
            ("iso2", "ISO 3166-1 alpha-2 code (null where none)."),
            ("cow", "The Correlates of War state number (null where none)."),
            ("dissolved", "The day the state ceased to exist (null while it exists).")),
        new("successions", "Which state continued, merged into or took the seat of which (docs/data.md, Identity over time).",
            ("state", "The state that continues or receives."),
            ("predecessor", "The state it continues, absorbed, or took the seat of."),
            ("from_date", "The first day of the successor's own votes."),
            ("kind", "continuation, merger, seattransfer...: whether the predecessor's votes are joined to the successor's."),
            ("source_url", "A public source for the succession."),
            ("note", "How the succession is handled.")),
        new("decisions", "Every decision of the General Assembly and the Security Council: one row per resolution, draft, amendment, paragraph or procedural vote, after reconciling the sources.",
            ("decision_id", "The decision's number in this database (stable within one build only)."),
            ("forum", "'ga' (General Assembly) or 'sc' (Security Council)."),
            ("key", "Unique key: the symbol where one exists, else the source's own identifier (e.g. 'ga:unvotes:rcid 631')."),
            ("symbol", "The UN symbol of the resolution, or of the draft when none was adopted (A/RES/77/1, S/2019/186); null where the UN gave none."),
            ("draft", "The draft's symbol (A/77/L.1, S/2019/186), where known."),
            ("kind", "resolution, draft, amendment, paragraph, procedural, assemblydecision."),
            ("outcome", "adopted, vetoed, failed or unknown."),
            ("date", "The day of the vote or adoption (see date_precision)."),
            ("year", "The calendar year of date."),
            ("session", "The session as the symbol gives it ('68', 'ES-11', 'S-32'; Council: null)."),
            ("regular_session", "The regular General Assembly session the vote is counted in (unvotes where it says, else from the symbol or date)."),
            ("title", "The decision's title."),
            ("agenda_item", "The agenda item, where a source gives it."),
            ("subjects", "Subject headings of the UN Digital Library, where given."),
            ("meeting", "The meeting record (A/77/PV.12, S/PV.8476), where known."),
            ("recorded_vote", "Whether members' votes were recorded (false: adopted without a vote)."),
            ("yes", "Votes in favour as the record states them (the published tally)."),
            ("no", "Votes against, as published."),
            ("abstain", "Abstentions, as published."),
            ("non_voting", "Members present and not voting (or recorded as non-voting)."),
            ("important", "Whether the US State Department report lists the vote as important (unvotes), where known."),
            ("undl_id", "The UN Digital Library record number, where known."),
            ("unvotes_issues", "unvotes's own issue codes (comma-separated), where it has the roll call."),
            ("date_precision", "'day', or 'on_or_after' where the date is only a lower bound (docs/data.md); null without a date.")),
        new("votes", "Every member's vote on every recorded decision: one row per state and decision, with the source line it came from. `JOIN sources USING (file_id)` gives the file; source_line is the line in it.",
            ("source_id", "The source the vote was taken from (the one of highest precedence that recorded it).")),
        new("withheld_votes", "Votes a source gave that broke an invariant (e.g. a vote by a state not a member that day): kept for the record, never analysed.",
            ("source_id", "The source that gave the vote."),
            ("source_line", "The line of the file (file_id) the vote was read from."),
            ("class", "The invariant broken (data check --invariants lists the classes)."),
            ("file", "The file the vote was read from (the same as sources.file for file_id).")),
        new("decision_issues", "The issue areas of every decision (the 18 areas of the labelling standard), each with the rule that placed it there.",
            ("area", "The issue area's code (docs/methods.md, Issue areas)."),
            ("rule", "The rule of data/issues that matched, or the implication that added the area."),
            ("why", "The reason, in words."),
            ("matched", "The text the rule matched."),
            ("country", "The state a country-situation rule names (a code where the register knows the name, else as written).")),
        new("vetoes", "The permanent members whose negative vote vetoed a Council draft: one row per vetoing member."),
        new("decision_sources", "Every source record that went into a decision: one row per source record.",
            ("line", "The line of file the record begins on."),
            ("source_key", "The source's own identifier of the record (unvotes rcid, Digital Library record number, draft ID)."),
            ("votes_file", "The file the record's member votes are lines of, where it is not file (unvotes keeps its votes in un_votes.csv.gz).")),
        new("disagreements", "Every value two sources record differently for one decision, both sides with file and line, and the value kept.",
            ("decision_id", "The decision (null where the record was not matched to one)."),
            ("field", "What differs: date, vote, tally, symbol, outcome, vetoers, unmatched, duplicate."),
            ("state", "The member, for a vote disagreement."),
            ("source_a", "The first source's short name."),
            ("value_a", "Its value."),
            ("file_a", "Its file."),
            ("line_a", "Its line."),
            ("source_b", "The second source's short name."),
            ("value_b", "Its value."),
            ("file_b", "Its file."),
            ("line_b", "Its line."),
            ("kept", "The value kept in the record (the source of higher precedence, docs/data.md).")),
        new("invariant_violations", "Every record that broke an invariant that holds whatever the source (docs/data.md), and what became of it.",
            ("decision_id", "The decision (null where none was kept)."),
            ("class", "The invariant (data check --invariants lists them)."),
            ("state", "The member concerned, where one is."),
            ("source", "The source's short name."),
            ("detail", "What was found."),
            ("outcome", "repaired, quarantined, explained or unexplained."),
            ("how", "How it was repaired, or why it is explained.")),
        new("control_totals", "The record against the UN's own counts, per General Assembly session and Council year (data check --totals).",
            ("period", "The session (ga) or year (sc)."),
            ("measure", "What is counted."),
            ("reference", "The UN's count (null where it has none)."),
            ("record", "Concord's count."),
            ("listed", "Of record, those the UN's own records (Digital Library, DGACM) hold."),
            ("unvotes_only", "Of record, those only unvotes holds."),
            ("difference", "record minus reference."),
            ("explanation", "Why they differ, from the record itself ('equal' where they do not)."),
            ("reference_file", "The file the UN's count was read from."),
            ("reference_line", "Its line.")),
        new("sponsorships", "Who sponsored an Assembly resolution (sessions 74-80, from DGACM): one row per sponsor named.",
            ("decision_id", "The resolution (null where its record was not matched)."),
            ("state", "The sponsoring state (null for an organ or an unmapped name)."),
            ("class", "state, organ or unmapped."),
            ("name", "The name as written in the list."),
            ("on_behalf_of", "The group a state spoke for, where the entry says so."),
            ("kind", "The list: 'sponsor' or 'additional'."),
            ("position", "The entry's place in its list (1 = first)."),
            ("entry", "The list entry as written.")),
        new("vote_labels", "The words for the codes of votes.vote.",
            ("vote", "The code."),
            ("label", "absent, yes, abstain, no, non-voting.")),
        new("vote_matrix", "Each forum's recorded votes as one blob, what the metrics engine loads (a byte per state per decision, decisions in (date, decision_id) order).",
            ("forum", "'ga' or 'sc'."),
            ("merged", "false: as recorded; true: continued seats joined (SUN into RUS...)."),
            ("states", "The rows' states, comma-separated, in row order."),
            ("votes", "The votes, row-major: state i's vote on column j at byte i x columns + j (codes of vote_labels).")),
        new("vote_matrix_columns", "The columns of vote_matrix: one packed record of 13 bytes per decision (id, day, kind, regular session, issue flags, unanimous).",
            ("forum", "'ga' or 'sc'."),
            ("columns", "The packed columns (MatrixColumnsCodec).")),
        new("ideal_points_reference", "The Bailey-Strezhnev-Voeten ideal points 1946-2025, read for validation.",
            ("cow", "The Correlates of War state number."),
            ("year", "The year (BSV's session year)."),
            ("votes", "Votes BSV's estimate rests on."),
            ("ideal_point", "BSV's IdealPointFP."),
            ("q05", "Its 5% quantile."),
            ("q10", "Its 10% quantile."),
            ("q50", "Its median."),
            ("q90", "Its 90% quantile."),
            ("q95", "Its 95% quantile.")),
        new("ideal_points", "Concord's dynamic ideal points, fitted by the sync (docs/methods.md, Ideal points): one row per state and year with votes.",
            ("year", "The year the regular session opened."),
            ("position", "The position, aligned to the Bailey-Strezhnev-Voeten scale (the United States positive)."),
            ("lower", "The lower bound of the 90% interval."),
            ("upper", "The upper bound of the 90% interval."),
            ("votes", "The state's votes that year the fit used."),
            ("fitted_at", "When the fit was made (UTC)."),
            ("model", "The estimator, its priors and the scale's linear map.")),
        new("votes_labelled", "Every vote with its decision's symbol and date and the vote in words (a view over votes, decisions and vote_labels).",
            ("date", "The decision's date."),
            ("year", "The decision's year."),
            ("session", "The decision's session."),
            ("vote", "The vote in words (vote_labels.label).")),
        new("forums", "Regional and other forums of the curated record (BRICS, SCO, EAS...).",
            ("forum", "The forum's code."),
            ("name", "Its name.")),
        new("memberships", "Who belonged to which forum, in which role, from when to when, with a source for each.",
            ("role", "member, observer, dialogue-partner, partner or applicant."),
            ("from_date", "The first day of the membership (see from_precision)."),
            ("from_precision", "How much of from_date is known: 'day', 'month' or 'year'."),
            ("to_date", "The last day held (null: still held)."),
            ("to_precision", "How much of to_date is known."),
            ("certain_from", "The first day the membership is certain (the last day of the from period)."),
            ("certain_to", "The last day it is certain (the first day of the to period).")),
        new("declarations", "The key paragraphs of summit declarations on record, one row per paragraph.",
            ("declaration", "The declaration's identifier."),
            ("date", "The declaration's date (its first day; see date_precision)."),
            ("title", "Its title."),
            ("paragraph", "The paragraph's identifier."),
            ("subject", "What the paragraph is about.")),
        new("declaration_positions", "Each state's position on a declaration paragraph.",
            ("declaration", "The declaration (declarations.declaration)."),
            ("paragraph", "The paragraph."),
            ("position", "The state's position (e.g. endorsed, dissented, absent).")),
        new("events", "Bilateral and multinational events on record: exercises, patrols, meetings, statements, treaties.",
            ("event_id", "The event's identifier."),
            ("kind", "exercise, patrol, meeting, statement or treaty."),
            ("name", "Its name."),
            ("series", "The series it belongs to, where any."),
            ("start_date", "Its first day (see start_precision)."),
            ("start_precision", "How much of start_date is known."),
            ("end_date", "Its last day, where known."),
            ("end_precision", "How much of end_date is known."),
            ("participants", "The participating states' codes, space-separated (event_participants has one row each)."),
            ("place", "Where it took place."),
            ("duplicate_of", "The event this row corroborates (not counted again), where it is one.")),
        new("event_participants", "The participants of every event: one row per state and event.",
            ("event_id", "The event (events.event_id).")),
    ];

    private static readonly Dictionary<string, TableDescription> s_byName = s_tables.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The described tables and views, in the order of this file.</summary>
    public static IReadOnlyList<TableDescription> Tables => s_tables;

    /// <summary>The description of a table or view (null when it has none).</summary>
    public static string? Table(string table) => s_byName.TryGetValue(table, out var t) ? t.Description : null;

    /// <summary>The description of a column: its table's own, else the shared one (null when neither has one).</summary>
    public static string? Column(string table, string column) =>
        s_byName.TryGetValue(table, out var t) && t.Columns.TryGetValue(column, out var own) ? own
        : s_common.TryGetValue(column, out var common) ? common : null;

    /// <summary>Writes every description as a DuckDB comment on the tables, views and columns the database has.</summary>
    /// <remarks>The texts are constants of this file, not user input; quotes are doubled all the same.</remarks>
    internal static void Apply(DuckDBConnection connection)
    {
        var objects = new List<(string Table, bool View)>();
        var columns = new List<(string Table, string Column)>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT table_name, false FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal AND NOT temporary
                UNION ALL SELECT view_name, true FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal AND NOT temporary
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                objects.Add((r.GetString(0), r.GetBoolean(1)));
            }
        }

        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                columns.Add((r.GetString(0), r.GetString(1)));
            }
        }

        var sql = new System.Text.StringBuilder();
        foreach (var (table, view) in objects)
        {
            if (Table(table) is { } text)
            {
                sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"COMMENT ON {(view ? "VIEW" : "TABLE")} {Identifier(table)} IS {Literal(text)};\n");
            }
        }

        foreach (var (table, column) in columns)
        {
            if (Column(table, column) is { } text)
            {
                sql.Append(System.Globalization.CultureInfo.InvariantCulture, $"COMMENT ON COLUMN {Identifier(table)}.{Identifier(column)} IS {Literal(text)};\n");
            }
        }

        using var comment = connection.CreateCommand();
        comment.CommandText = sql.ToString();
        comment.ExecuteNonQuery();
    }

    /// <summary>A SQL string literal of <paramref name="text"/>.</summary>
    internal static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A quoted SQL identifier.</summary>
    internal static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>A table's or view's description and its own column descriptions.</summary>
public sealed class TableDescription
{
    public TableDescription(string name, string description, params (string Column, string Description)[] columns)
    {
        Name = name;
        Description = description;
        Columns = columns.ToDictionary(c => c.Column, c => c.Description, StringComparer.Ordinal);
    }

    public string Name { get; }

    public string Description { get; }

    /// <summary>Descriptions of the table's own columns; other columns take the shared ones.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }
}
