using System.CommandLine;
using System.Globalization;
using Concord.Cli.Output;
using Concord.Council;
using Concord.Forums;
using Concord.States;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord members FORUM [--on DATE]</c>: who belonged to a forum on a day (the Council: by year, from the votes).</summary>
internal static class MembersCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var forum = new Argument<string>("forum") { Description = "sc (the Security Council), or a forum of the record: SCO, BRICS, EAS, CSTO, EU, P5 (and any a user file adds)." };
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD; default today). A state joining that day counts." };
        var year = new Option<int?>("--year") { Description = "For sc: one year (seats from the membership register, data/curated/sc_seats.csv)." };
        var membersOnly = new Option<bool>("--members-only") { Description = "Only full members (the states that count in --with comparisons)." };
        var format = CliContext.FormatOption();
        var cmd = new Command("members", "Members of a forum on a day, with role and source (the Council: members by year, from the record).") { forum, on, year, membersOnly, format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var code = ctx.Parse.GetValue(forum)!.Trim();
            if (string.Equals(code, "sc", StringComparison.OrdinalIgnoreCase))
            {
                var y = ctx.Parse.GetValue(year) ?? (ctx.Parse.GetValue(on) is { } d ? Day(d).Year : null);
                return Council(ctx, y, format);
            }

            var day = ctx.Parse.GetValue(on) is { } text ? Day(text) : DateOnly.FromDateTime(DateTime.UtcNow);
            using var db = ctx.OpenDatabase();
            var record = ForumStore.Load(db);
            var f = record.FindForum(code)
                ?? throw new ArgumentException($"Unknown forum '{code}'. Known: sc, {string.Join(", ", record.Forums.Select(x => x.Code))}.");
            var registry = StateRegistry.Default;
            var rows = record.On(f.Code, day).Where(m => !ctx.Parse.GetValue(membersOnly) || m.Role == MembershipRole.Member)
                .OrderBy(m => m.Role).ThenBy(m => m.State, StringComparer.Ordinal).ToList();
            var table = new ResultTable($"{f.Name} on {day:yyyy-MM-dd}", "state", "name", "role", "from", "to", "note", "source");
            foreach (var m in rows)
            {
                table.Add(m.State, registry.IsKnownCode(m.State) ? registry[m.State].Name : m.State, m.Role.Label(), m.From.ToString(), m.To?.ToString(), m.Note, m.Source.ToString());
            }

            table.Fact("forum", f.Code);
            table.Fact("on", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            table.Fact("members", rows.Count(m => m.Role == MembershipRole.Member));
            table.Notes.Add("A state is listed when the record makes its standing certain on that day: a date known only to the month or year counts from the end of that period (joining) and until its start (leaving). The joining day counts.");
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    private static DateOnly Day(string text)
    {
        var d = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"--on '{text}' is not a date (YYYY-MM-DD).");

        // The same bounds as every other year option (and as /api/members).
        Validate.Years(d.Year, d.Year);
        return d;
    }

    private static int Council(CliContext ctx, int? y, Option<OutputFormat> format)
    {
        Validate.Years(y, y);
        using var db = ctx.OpenDatabase();
        var record = CouncilRecord.Load(db);
        var registry = StateRegistry.Default;
        var table = new ResultTable("Security Council members by year (membership register; votes from the record)", "year", "state", "name", "seat", "votes_on_record");
        foreach (var m in CouncilMembership.ByYear(record, y, y))
        {
            table.Add(m.Year, m.State, registry.IsKnownCode(m.State) ? registry[m.State].Name : m.State, m.Permanent ? "permanent" : "elected", m.Votes);
        }

        table.Notes.Add("Seats from the membership register (data/curated/sc_seats.csv, each row with its UN source); votes_on_record counts the member's votes in the record that year (0 where its votes are not on record).");
        ctx.Write(table, format);
        return 0;
    }
}
