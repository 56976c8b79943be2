using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Sources;
using Concord.States;

namespace Concord.Forums;

/// <summary>Reads forum, membership, declaration and event files in the curated schema (docs/data.md), strictly.</summary>
/// <remarks>
/// Every problem — a malformed line, an unknown column, an unknown state, a date that is not a date or lies before
/// 1945 or after today, a duplicate row, a missing source — is a <see cref="MalformedSourceException"/> naming the
/// file, line and field. Nothing is returned until every file of a call has been read, so a refused file loads
/// nothing. The curated files ship inside Concord.Core; users add files with the same names (or names starting
/// with the same stem, e.g. <c>events-2026.csv</c>) in a folder given to <c>concord data sync --events DIR</c>.
/// </remarks>
public sealed class ForumDataReader(StateRegistry states, DateOnly today)
{
    public const string ForumsStem = "forums";
    public const string MembershipsStem = "memberships";
    public const string EventsStem = "events";
    public const string DeclarationsStem = "declarations";
    public const string PositionsStem = "declaration_positions";

    private static readonly string[] s_sourceColumns = CuratedCsv.SourceColumns;

    /// <summary>The curated files shipped with Concord (embedded from data/curated), with the EU and P5 groups.</summary>
    public ForumRecord ReadCurated()
    {
        var files = new List<(string, string)>();
        foreach (var stem in new[] { ForumsStem, MembershipsStem, EventsStem, DeclarationsStem, PositionsStem })
        {
            files.Add(($"data/curated/{stem}.csv", ReadResource(stem + ".csv")));
        }

        var curated = Read(files, RecordOrigin.Curated, ForumRecord.Empty);
        return Groups().Concat(curated);
    }

    /// <summary>A regular file within the bound of a source file (a pipe or device named .csv is refused, not waited on).</summary>
    private static string ReadText(string dir, string name)
    {
        using var reader = new StreamReader(Sources.SourceFile.OpenRead(dir, name));
        return reader.ReadToEnd();
    }

    /// <summary>A user's folder of files in the same schema, checked against what is already loaded.</summary>
    public ForumRecord ReadDirectory(string dir, ForumRecord existing)
    {
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"No folder of event files at {Path.GetFullPath(dir)}.");
        }

        var files = Directory.GetFiles(dir, "*.csv").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), ReadText(dir, Path.GetFileName(f)))).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"No .csv files in {Path.GetFullPath(dir)}.");
        }

        return Read(files, RecordOrigin.User, existing);
    }

    /// <summary>Reads files by their stem (forums first, positions last, so references can be checked).</summary>
    public ForumRecord Read(IReadOnlyList<(string File, string Text)> files, string origin, ForumRecord existing)
    {
        var state = new Accumulator(existing);
        var ordered = files.Select(f => (f.File, f.Text, Stem: StemOf(f.File)))
            .OrderBy(f => Array.IndexOf(s_stemOrder, f.Stem)).ToList();
        foreach (var (file, text, stem) in ordered)
        {
            switch (stem)
            {
                case ForumsStem:
                    ReadForums(file, text, origin, state);
                    break;
                case MembershipsStem:
                    ReadMemberships(file, text, origin, state);
                    break;
                case EventsStem:
                    ReadEvents(file, text, origin, state);
                    break;
                case DeclarationsStem:
                    ReadDeclarations(file, text, origin, state);
                    break;
                case PositionsStem:
                    ReadPositions(file, text, origin, state);
                    break;
                default:
                    throw new MalformedSourceException(file, 0, "(file name)",
                        "not a forum data file: the name must start with forums, memberships, events, declarations or declaration_positions");
            }
        }

        return new ForumRecord(state.Forums, state.Memberships, state.Declarations, state.Positions, state.Events);
    }

    private static readonly string?[] s_stemOrder = [ForumsStem, MembershipsStem, EventsStem, DeclarationsStem, PositionsStem];

    private static string? StemOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        // Longest stem first: "declaration_positions" also starts with "declaration".
        foreach (var stem in s_stemOrder.OrderByDescending(s => s!.Length))
        {
            if (name == stem || name.StartsWith(stem + "-", StringComparison.Ordinal) || name.StartsWith(stem + "_", StringComparison.Ordinal))
            {
                return stem;
            }
        }

        return null;
    }

    private void ReadForums(string file, string text, string origin, Accumulator acc)
    {
        foreach (var row in CuratedCsv.Rows(file, text, ["forum", "name", "note"]))
        {
            var code = row.Required("forum").ToUpperInvariant();
            if (acc.FindForum(code) is not null)
            {
                throw row.Error("forum", $"duplicate row: forum {code} is already defined");
            }

            acc.Forums.Add(new RegionalForum(code, row.Required("name"), row.Optional("note"), new RecordOrigin(origin, file, row.Line)));
        }
    }

    private void ReadMemberships(string file, string text, string origin, Accumulator acc)
    {
        foreach (var row in CuratedCsv.Rows(file, text, ["forum", "state", "role", "from", "to", "note", .. s_sourceColumns]))
        {
            var forum = acc.FindForum(row.Required("forum"))?.Code ?? throw row.Error("forum", $"unknown forum '{row.Required("forum")}' (define it in forums.csv)");
            var from = Date(row, "from");
            var to = row.Optional("to") is null ? (PartialDate?)null : Date(row, "to");
            if (to is { } t && t.Last < from.First)
            {
                throw row.Error("to", $"ends ({t}) before it starts ({from})");
            }

            var stateCode = State(row, "state", row.Required("state"), from.First);
            if (!MembershipRoles.TryParse(row.Required("role"), out var role))
            {
                throw row.Error("role", $"unknown role '{row.Required("role")}' (member, observer, dialogue-partner, partner, applicant)");
            }

            if (acc.AllMemberships.Any(m => m.Forum == forum && m.State == stateCode && m.Role == role && m.From == from))
            {
                throw row.Error("state", $"duplicate row: {stateCode} as {role.Label()} of {forum} from {from} is already recorded");
            }

            acc.Memberships.Add(new ForumMembership(forum, stateCode, role, from, to, row.Optional("note"), Source(row), new RecordOrigin(origin, file, row.Line)));
        }
    }

    private void ReadEvents(string file, string text, string origin, Accumulator acc)
    {
        foreach (var row in CuratedCsv.Rows(file, text, ["id", "kind", "name", "series", "start", "end", "participants", "place", "note", .. s_sourceColumns]))
        {
            var id = row.Required("id");
            if (acc.AllEvents.Any(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                throw row.Error("id", $"duplicate row: event id '{id}' is already recorded");
            }

            if (!EventKinds.TryParse(row.Required("kind"), out var kind))
            {
                throw row.Error("kind", $"unknown kind '{row.Required("kind")}' (exercise, patrol, meeting, treaty, statement)");
            }

            var start = Date(row, "start");
            var end = row.Optional("end") is null ? (PartialDate?)null : Date(row, "end");
            if (end is { } e2 && e2.Last < start.First)
            {
                throw row.Error("end", $"ends ({e2}) before it starts ({start})");
            }

            var names = row.Required("participants").Split([' ', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var participants = names.Select(n => State(row, "participants", n, start.First)).Distinct().Order(StringComparer.Ordinal).ToList();
            if (participants.Count < 2)
            {
                throw row.Error("participants", "an event needs at least two distinct states (codes separated by spaces)");
            }

            var name = row.Required("name");
            if (acc.AllEvents.Any(x => x.Kind == kind && x.Start == start && string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw row.Error("name", $"duplicate row: {kind.Label()} '{name}' on {start} is already recorded");
            }

            acc.Events.Add(new BilateralEvent(id, kind, name, row.Optional("series"), start, end, participants, row.Optional("place"), row.Optional("note"),
                Source(row), new RecordOrigin(origin, file, row.Line)));
        }
    }

    private void ReadDeclarations(string file, string text, string origin, Accumulator acc)
    {
        foreach (var row in CuratedCsv.Rows(file, text, ["declaration", "forum", "date", "title", "paragraph", "subject", "note", .. s_sourceColumns]))
        {
            var forum = acc.FindForum(row.Required("forum"))?.Code ?? throw row.Error("forum", $"unknown forum '{row.Required("forum")}' (define it in forums.csv)");
            var id = row.Required("declaration");
            var paragraph = row.Required("paragraph");
            if (acc.AllDeclarations.Any(d => d.Id == id && d.Paragraph == paragraph))
            {
                throw row.Error("paragraph", $"duplicate row: paragraph '{paragraph}' of {id} is already recorded");
            }

            acc.Declarations.Add(new Declaration(id, forum, Date(row, "date"), row.Required("title"), paragraph, row.Required("subject"), row.Optional("note"),
                Source(row), new RecordOrigin(origin, file, row.Line)));
        }
    }

    private void ReadPositions(string file, string text, string origin, Accumulator acc)
    {
        foreach (var row in CuratedCsv.Rows(file, text, ["declaration", "paragraph", "state", "position", "note"]))
        {
            var id = row.Required("declaration");
            var paragraph = row.Required("paragraph");
            var declaration = acc.AllDeclarations.FirstOrDefault(d => d.Id == id && d.Paragraph == paragraph)
                ?? throw row.Error("declaration", $"no declaration '{id}' with paragraph '{paragraph}' (define it in declarations.csv)");
            var stateCode = State(row, "state", row.Required("state"), declaration.Date.First);
            if (!PositionKinds.TryParse(row.Required("position"), out var position))
            {
                throw row.Error("position", $"unknown position '{row.Required("position")}' (endorsed, dissented, reservation, absent)");
            }

            if (acc.AllPositions.Any(p => p.Declaration == id && p.Paragraph == paragraph && p.State == stateCode))
            {
                throw row.Error("state", $"duplicate row: {stateCode}'s position on {id} {paragraph} is already recorded");
            }

            acc.Positions.Add(new DeclarationPosition(id, paragraph, stateCode, position, row.Optional("note"), new RecordOrigin(origin, file, row.Line)));
        }
    }

    private string State(CuratedRow row, string field, string text, DateOnly on)
    {
        if (states.TryResolve(text, on, out var s))
        {
            return s.Code;
        }

        var close = states.Closest(text, 3);
        throw row.Error(field, $"unknown state '{text}'" + (close.Count > 0 ? $" (did you mean {string.Join(", ", close)}?)" : ""));
    }

    private PartialDate Date(CuratedRow row, string field) => DateValue(row, field, row.Required(field));

    private PartialDate DateValue(CuratedRow row, string field, string text) => CuratedCsv.Date(row, field, text, today);

    private SourceCitation Source(CuratedRow row) => CuratedCsv.Source(row, today);

    /// <summary>The EU and P5 groups of Reference/groups.csv, as memberships like any other forum's.</summary>
    private static ForumRecord Groups()
    {
        var forums = new List<RegionalForum>();
        var members = new List<ForumMembership>();
        foreach (var g in StateGroup.All)
        {
            var origin = new RecordOrigin(RecordOrigin.Curated, "src/Concord.Core/Reference/groups.csv", 0);
            forums.Add(new RegionalForum(g.Code, g.Name, null, origin));
            foreach (var m in g.Members)
            {
                var host = Uri.TryCreate(m.SourceUrl, UriKind.Absolute, out var u) ? u.Host : m.SourceUrl;
                members.Add(new ForumMembership(g.Code, m.State, MembershipRole.Member, PartialDate.Day(m.From), m.To is { } to ? PartialDate.Day(to) : null, null,
                    new SourceCitation(host, null, PartialDate.Day(m.SourceDate), m.SourceUrl), origin));
            }
        }

        return new ForumRecord(forums, members, [], [], []);
    }

    private static string ReadResource(string name) => StateRegistry.ReadResource(name, "Concord.Curated.");

    private sealed class Accumulator(ForumRecord existing)
    {
        public List<RegionalForum> Forums { get; } = [];

        public List<ForumMembership> Memberships { get; } = [];

        public List<Declaration> Declarations { get; } = [];

        public List<DeclarationPosition> Positions { get; } = [];

        public List<BilateralEvent> Events { get; } = [];

        public IEnumerable<BilateralEvent> AllEvents => existing.Events.Concat(Events);

        public IEnumerable<ForumMembership> AllMemberships => existing.Memberships.Concat(Memberships);

        public IEnumerable<Declaration> AllDeclarations => existing.Declarations.Concat(Declarations);

        public IEnumerable<DeclarationPosition> AllPositions => existing.Positions.Concat(Positions);

        public RegionalForum? FindForum(string code) =>
            Forums.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)) ?? existing.FindForum(code);
    }
}
