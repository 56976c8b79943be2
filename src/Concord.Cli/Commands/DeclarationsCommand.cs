using System.CommandLine;
using Concord.Cli.Output;
using Concord.Forums;
using Concord.States;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord declarations FORUM [--state A]</c>: key paragraphs of summit declarations and each member's position.</summary>
internal static class DeclarationsCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var forum = new Argument<string>("forum") { Description = "The forum, e.g. SCO." };
        var state = new Option<string?>("--state") { Description = "Only this state's positions (code or name, e.g. IND)." };
        var format = CliContext.FormatOption();
        var cmd = new Command("declarations", "Key paragraphs of a forum's declarations (e.g. the SCO's Belt and Road paragraph) and each member's position, with sources.") { forum, state, format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var code = ctx.Parse.GetValue(forum)!.Trim();
            var only = ctx.Parse.GetValue(state) is { } s ? StateRegistry.Default.Resolve(s).Code : null;
            using var db = ctx.OpenDatabase();
            var record = ForumStore.Load(db);
            var f = record.FindForum(code) ?? throw new ArgumentException($"Unknown forum '{code}'. Known: {string.Join(", ", record.Forums.Select(x => x.Code))}.");
            var table = new ResultTable($"{f.Name}: declarations and positions" + (only is null ? "" : $" of {only}"), "date", "declaration", "title", "paragraph", "subject", "state", "position", "note", "source");
            var declarations = record.Declarations.Where(d => d.Forum == f.Code).OrderBy(d => d.Date).ToList();
            foreach (var d in declarations)
            {
                foreach (var p in record.Positions.Where(p => p.Declaration == d.Id && p.Paragraph == d.Paragraph && (only is null || p.State == only)))
                {
                    table.Add(d.Date.ToString(), d.Id, d.Title, d.Paragraph, d.Subject, p.State, p.Position.Label(), p.Note, d.Source.ToString());
                }
            }

            table.Fact("declarations", declarations.Select(d => d.Id).Distinct().Count());
            table.Notes.Add("Only the positions the sources state are recorded; a member without a row has no recorded position on that paragraph.");
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }
}
