using System.Data.Common;
using Concord.Domain;
using Concord.Forums;
using DuckDB.NET.Data;

namespace Concord.Store;

/// <summary>Writes the forum record (forums, memberships, declarations, positions, events) and reads it back.</summary>
/// <remarks>
/// Dates are stored as their first day with a precision column ('day', 'month', 'year'), so SQL users can group by
/// year without guessing a day; memberships also carry <c>certain_from</c>/<c>certain_to</c>, the conservative
/// reading used "as of" a date. Events list their participants in <c>event_participants</c> as well.
/// </remarks>
public static class ForumStore
{
    internal const string Schema = """
        CREATE TABLE forums(forum VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, note VARCHAR, origin VARCHAR NOT NULL, file VARCHAR, line BIGINT);
        CREATE TABLE memberships(forum VARCHAR NOT NULL, state VARCHAR NOT NULL, role VARCHAR NOT NULL,
            from_date DATE NOT NULL, from_precision VARCHAR NOT NULL, to_date DATE, to_precision VARCHAR, certain_from DATE NOT NULL, certain_to DATE,
            note VARCHAR, source_publisher VARCHAR NOT NULL, source_title VARCHAR, source_date DATE, source_date_precision VARCHAR, source_url VARCHAR,
            origin VARCHAR NOT NULL, file VARCHAR, line BIGINT);
        CREATE TABLE declarations(declaration VARCHAR NOT NULL, forum VARCHAR NOT NULL, date DATE NOT NULL, date_precision VARCHAR NOT NULL, title VARCHAR NOT NULL,
            paragraph VARCHAR NOT NULL, subject VARCHAR NOT NULL, note VARCHAR,
            source_publisher VARCHAR NOT NULL, source_title VARCHAR, source_date DATE, source_date_precision VARCHAR, source_url VARCHAR,
            origin VARCHAR NOT NULL, file VARCHAR, line BIGINT);
        CREATE TABLE declaration_positions(declaration VARCHAR NOT NULL, paragraph VARCHAR NOT NULL, state VARCHAR NOT NULL, position VARCHAR NOT NULL, note VARCHAR,
            origin VARCHAR NOT NULL, file VARCHAR, line BIGINT);
        CREATE TABLE events(event_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, name VARCHAR NOT NULL, series VARCHAR,
            start_date DATE NOT NULL, start_precision VARCHAR NOT NULL, end_date DATE, end_precision VARCHAR, participants VARCHAR NOT NULL, place VARCHAR, note VARCHAR,
            source_publisher VARCHAR NOT NULL, source_title VARCHAR, source_date DATE, source_date_precision VARCHAR, source_url VARCHAR,
            origin VARCHAR NOT NULL, file VARCHAR, line BIGINT, duplicate_of VARCHAR);
        CREATE TABLE event_participants(event_id VARCHAR NOT NULL, state VARCHAR NOT NULL);
        """;

    internal static void Write(DuckDBConnection connection, ForumRecord record)
    {
        using (var a = connection.CreateAppender("forums"))
        {
            foreach (var f in record.Forums)
            {
                a.CreateRow().AppendValue(f.Code).AppendValue(f.Name).AppendValue(f.Note).AppendValue(f.Origin.Label).AppendValue(f.Origin.File).AppendValue(f.Origin.Line).EndRow();
            }
        }

        using (var a = connection.CreateAppender("memberships"))
        {
            foreach (var m in record.Memberships)
            {
                var row = a.CreateRow().AppendValue(m.Forum).AppendValue(m.State).AppendValue(m.Role.Label())
                    .AppendValue((DateOnly?)m.From.First).AppendValue(Precision(m.From)).AppendValue(m.To?.First).AppendValue(m.To is { } t ? Precision(t) : null)
                    .AppendValue((DateOnly?)m.CertainFrom).AppendValue(m.CertainTo).AppendValue(m.Note);
                Source(row, m.Source).AppendValue(m.Origin.Label).AppendValue(m.Origin.File).AppendValue(m.Origin.Line).EndRow();
            }
        }

        using (var a = connection.CreateAppender("declarations"))
        {
            foreach (var d in record.Declarations)
            {
                var row = a.CreateRow().AppendValue(d.Id).AppendValue(d.Forum).AppendValue((DateOnly?)d.Date.First).AppendValue(Precision(d.Date)).AppendValue(DataText.Clean(d.Title))
                    .AppendValue(DataText.Clean(d.Paragraph)).AppendValue(DataText.Clean(d.Subject)).AppendValue(DataText.Clean(d.Note));
                Source(row, d.Source).AppendValue(d.Origin.Label).AppendValue(d.Origin.File).AppendValue(d.Origin.Line).EndRow();
            }
        }

        using (var a = connection.CreateAppender("declaration_positions"))
        {
            foreach (var p in record.Positions)
            {
                a.CreateRow().AppendValue(p.Declaration).AppendValue(p.Paragraph).AppendValue(p.State).AppendValue(p.Position.Label()).AppendValue(p.Note)
                    .AppendValue(p.Origin.Label).AppendValue(p.Origin.File).AppendValue(p.Origin.Line).EndRow();
            }
        }

        using (var a = connection.CreateAppender("events"))
        {
            foreach (var e in record.Events)
            {
                var row = a.CreateRow().AppendValue(e.Id).AppendValue(e.Kind.Label()).AppendValue(DataText.Clean(e.Name)).AppendValue(DataText.Clean(e.Series))
                    .AppendValue((DateOnly?)e.Start.First).AppendValue(Precision(e.Start)).AppendValue(e.End?.First).AppendValue(e.End is { } x ? Precision(x) : null)
                    .AppendValue(string.Join(' ', e.Participants)).AppendValue(DataText.Clean(e.Place)).AppendValue(DataText.Clean(e.Note));
                Source(row, e.Source).AppendValue(e.Origin.Label).AppendValue(e.Origin.File).AppendValue(e.Origin.Line).AppendValue(e.DuplicateOf).EndRow();
            }
        }

        using (var a = connection.CreateAppender("event_participants"))
        {
            foreach (var e in record.Events)
            {
                foreach (var s in e.Participants)
                {
                    a.CreateRow().AppendValue(e.Id).AppendValue(s).EndRow();
                }
            }
        }
    }

    /// <summary>The whole forum record of a database.</summary>
    public static ForumRecord Load(ConcordDatabase db)
    {
        var forums = new List<RegionalForum>();
        using (var cmd = db.Command("SELECT forum, name, note, origin, file, line FROM forums ORDER BY forum"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                forums.Add(new RegionalForum(r.GetString(0), r.GetString(1), Text(r, 2), Origin(r, 3)));
            }
        }

        var memberships = new List<ForumMembership>();
        using (var cmd = db.Command("""
            SELECT forum, state, role, from_date, from_precision, to_date, to_precision, note,
                   source_publisher, source_title, source_date, source_date_precision, source_url, origin, file, line
            FROM memberships ORDER BY forum, from_date, state
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                MembershipRoles.TryParse(r.GetString(2), out var role);
                memberships.Add(new ForumMembership(r.GetString(0), r.GetString(1), role, Date(r, 3)!.Value, Date(r, 5), Text(r, 7), Source(r, 8), Origin(r, 13)));
            }
        }

        var declarations = new List<Declaration>();
        using (var cmd = db.Command("""
            SELECT declaration, forum, date, date_precision, title, paragraph, subject, note,
                   source_publisher, source_title, source_date, source_date_precision, source_url, origin, file, line
            FROM declarations ORDER BY date, declaration, paragraph
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                declarations.Add(new Declaration(r.GetString(0), r.GetString(1), Date(r, 2)!.Value, r.GetString(4), r.GetString(5), r.GetString(6), Text(r, 7), Source(r, 8), Origin(r, 13)));
            }
        }

        var positions = new List<DeclarationPosition>();
        using (var cmd = db.Command("SELECT declaration, paragraph, state, position, note, origin, file, line FROM declaration_positions ORDER BY declaration, paragraph, state"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                PositionKinds.TryParse(r.GetString(3), out var position);
                positions.Add(new DeclarationPosition(r.GetString(0), r.GetString(1), r.GetString(2), position, Text(r, 4), Origin(r, 5)));
            }
        }

        var events = new List<BilateralEvent>();
        using (var cmd = db.Command("""
            SELECT event_id, kind, name, series, start_date, start_precision, end_date, end_precision, participants, place, note,
                   source_publisher, source_title, source_date, source_date_precision, source_url, origin, file, line, duplicate_of
            FROM events ORDER BY start_date, event_id
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                EventKinds.TryParse(r.GetString(1), out var kind);
                events.Add(new BilateralEvent(r.GetString(0), kind, r.GetString(2), Text(r, 3), Date(r, 4)!.Value, Date(r, 6), r.GetString(8).Split(' '),
                    Text(r, 9), Text(r, 10), Source(r, 11), Origin(r, 16), Text(r, 19)));
            }
        }

        return new ForumRecord(forums, memberships, declarations, positions, events);
    }

    private static string Precision(PartialDate d) => d.Precision.ToString().ToLowerInvariant();

    private static IDuckDBAppenderRow Source(IDuckDBAppenderRow row, SourceCitation s) =>
        row.AppendValue(s.Publisher).AppendValue(s.Title).AppendValue(s.Date?.First).AppendValue(s.Date is { } d ? Precision(d) : null).AppendValue(s.Url);

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A date column followed by its precision column.</summary>
    private static PartialDate? Date(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new PartialDate(r.GetFieldValue<DateOnly>(i), Enum.Parse<DatePrecision>(r.GetString(i + 1), ignoreCase: true));

    private static SourceCitation Source(DbDataReader r, int i) => new(r.GetString(i), Text(r, i + 1), Date(r, i + 2), Text(r, i + 4));

    private static RecordOrigin Origin(DbDataReader r, int i) => new(r.GetString(i), Text(r, i + 1) ?? "", r.IsDBNull(i + 2) ? 0 : r.GetInt64(i + 2));
}
