namespace Concord.Store;

/// <summary>The tables of a Concord database. R, Python and DuckDB users read these directly; docs/schema.md describes
/// every column (generated from the comments <see cref="SchemaDescriptions"/> writes).</summary>
/// <remarks>The forum record's tables (forums, memberships, declarations, events) are in <see cref="ForumStore.Schema"/>.</remarks>
internal static class DatabaseSchema
{
    public const int Version = 15;

    public const string Create = """
        CREATE TABLE meta(key VARCHAR PRIMARY KEY, value VARCHAR);
        CREATE TABLE sources(file_id SMALLINT PRIMARY KEY, source_id SMALLINT NOT NULL, label VARCHAR, file VARCHAR, sha256 VARCHAR, bytes BIGINT, publisher VARCHAR, terms VARCHAR, origin_url VARCHAR, rows_read BIGINT);
        CREATE TABLE states(code VARCHAR PRIMARY KEY, name VARCHAR, iso2 VARCHAR, cow INTEGER, dissolved DATE);
        CREATE TABLE successions(state VARCHAR, predecessor VARCHAR, from_date DATE, kind VARCHAR, source_url VARCHAR, note VARCHAR);
        CREATE TABLE decisions(
            decision_id INTEGER PRIMARY KEY, forum VARCHAR NOT NULL, key VARCHAR NOT NULL, symbol VARCHAR, draft VARCHAR,
            kind VARCHAR NOT NULL, outcome VARCHAR NOT NULL, date DATE, year SMALLINT, session VARCHAR, regular_session SMALLINT, title VARCHAR,
            agenda_item VARCHAR, subjects VARCHAR, meeting VARCHAR, recorded_vote BOOLEAN NOT NULL,
            yes SMALLINT, no SMALLINT, abstain SMALLINT, non_voting SMALLINT, important BOOLEAN, undl_id VARCHAR,
            unvotes_issues VARCHAR, date_precision VARCHAR);
        CREATE TABLE votes(decision_id INTEGER NOT NULL, state VARCHAR NOT NULL, vote UTINYINT NOT NULL, source_id SMALLINT NOT NULL, file_id SMALLINT, source_line BIGINT);
        CREATE TABLE decision_issues(decision_id INTEGER NOT NULL, area VARCHAR NOT NULL, rule VARCHAR NOT NULL, why VARCHAR, matched VARCHAR, country VARCHAR);
        CREATE TABLE vetoes(decision_id INTEGER NOT NULL, state VARCHAR NOT NULL);
        CREATE TABLE decision_sources(decision_id INTEGER NOT NULL, source_id SMALLINT NOT NULL, file VARCHAR, line BIGINT, source_key VARCHAR, votes_file VARCHAR);
        CREATE TABLE disagreements(decision_id INTEGER, symbol VARCHAR, field VARCHAR, state VARCHAR, source_a VARCHAR, value_a VARCHAR, file_a VARCHAR, line_a BIGINT, source_b VARCHAR, value_b VARCHAR, file_b VARCHAR, line_b BIGINT, kept VARCHAR);
        CREATE TABLE invariant_violations(decision_id INTEGER, symbol VARCHAR, class VARCHAR NOT NULL, state VARCHAR, source VARCHAR, file VARCHAR, line BIGINT, detail VARCHAR, outcome VARCHAR NOT NULL, how VARCHAR);
        CREATE TABLE control_totals(forum VARCHAR NOT NULL, period VARCHAR NOT NULL, measure VARCHAR NOT NULL, reference INTEGER, record INTEGER NOT NULL, listed INTEGER NOT NULL, unvotes_only INTEGER NOT NULL, difference INTEGER NOT NULL, explanation VARCHAR NOT NULL, reference_file VARCHAR, reference_line BIGINT);
        CREATE TABLE withheld_votes(decision_id INTEGER NOT NULL, state VARCHAR NOT NULL, vote UTINYINT NOT NULL, source_id SMALLINT NOT NULL, file_id SMALLINT, source_line BIGINT, class VARCHAR NOT NULL, file VARCHAR);
        CREATE TABLE sponsorships(decision_id INTEGER, state VARCHAR, class VARCHAR NOT NULL, name VARCHAR NOT NULL, on_behalf_of VARCHAR, kind VARCHAR NOT NULL, position SMALLINT NOT NULL, entry VARCHAR NOT NULL, source_id SMALLINT NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL);
        CREATE TABLE vote_labels(vote UTINYINT PRIMARY KEY, label VARCHAR);
        INSERT INTO vote_labels VALUES (0, 'absent'), (1, 'yes'), (2, 'abstain'), (3, 'no'), (4, 'non-voting');
        CREATE TABLE vote_matrix(forum VARCHAR NOT NULL, merged BOOLEAN NOT NULL, states VARCHAR NOT NULL, votes BLOB NOT NULL);
        CREATE TABLE vote_matrix_columns(forum VARCHAR NOT NULL, columns BLOB NOT NULL);
        CREATE TABLE ideal_points_reference(cow INTEGER, state VARCHAR, year SMALLINT, votes INTEGER, ideal_point DOUBLE, q05 DOUBLE, q10 DOUBLE, q50 DOUBLE, q90 DOUBLE, q95 DOUBLE);
        CREATE TABLE ideal_points(state VARCHAR, year SMALLINT, position DOUBLE, lower DOUBLE, upper DOUBLE, votes INTEGER, fitted_at TIMESTAMP, model VARCHAR);
        CREATE VIEW votes_labelled AS
            SELECT d.forum, d.symbol, d.date, d.year, d.session, v.state, l.label AS vote, d.decision_id, s.file, v.source_line AS line
            FROM votes v JOIN decisions d USING (decision_id) JOIN vote_labels l ON l.vote = v.vote LEFT JOIN sources s USING (file_id);
        """;

    /// <summary>Indexes created after the bulk load. Votes need none: they are written in decision order, so
    /// DuckDB's per-block min/max statistics already narrow a lookup by decision to a block or two.</summary>
    public const string Index = """
        CREATE INDEX decisions_symbol ON decisions(symbol);
        """;
}
