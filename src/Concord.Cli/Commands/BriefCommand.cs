using System.CommandLine;
using Concord.Reports.Brief;

namespace Concord.Cli.Commands;

/// <summary><c>concord brief [A B]</c>: the written brief on two states (default China and Russia), as one HTML file or Markdown with PNG charts.</summary>
/// <remarks>The request is read by <see cref="BriefRequest"/>, as <c>/api/brief</c> reads it; only where it is written is the CLI's.</remarks>
internal static class BriefCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var outFile = new Option<string?>("--out") { Description = "Where to write the brief (default brief-A-B.html or .md in the current folder)." };
        var format = new Option<string>("--format") { Description = "html (one self-contained file, inline SVG charts; default) or md (Markdown with PNG charts beside it).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md");
        var cmd = new Command("brief", "The brief on two states: Security Council, General Assembly (agreement, issue areas, divergences, ideal points), regional forums and bilateral ties; findings written from the numbers, charts stating their data and method.");
        var read = QuestionCommand.AddParameters(cmd, BriefRequest.Parameters);
        cmd.Options.Add(outFile);
        cmd.Options.Add(format);
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var args = read(ctx.Parse);
            var given = ctx.Parse.GetValue(outFile);
            // A target given is checked before anything is loaded or fitted: a refusal costs nothing.
            var replacing = given is not null && BriefFiles.CheckTarget(given, ctx.DatabasePath);
            // Ideal points first: a fit made now is kept in the cache file beside the database, where the source reads it.
            IdealRefit.Load(ctx, refit: false);
            using var record = ctx.OpenRecord();
            var request = BriefRequest.Read(args, record);
            var fmt = ctx.Parse.GetValue(format)!;
            var path = Path.GetFullPath(given ?? $"brief-{request.A.Code}-{request.BCode}.{fmt}");
            if (given is null)
            {
                replacing = BriefFiles.CheckTarget(path, ctx.DatabasePath);
            }

            var doc = BriefBuilder.Build(record, request);
            IReadOnlyList<(string Name, Action<string> Write)> images = [];
            var text = fmt == "md" ? doc.Markdown(Path.GetFileNameWithoutExtension(path), out images) : doc.Html();
            var written = BriefFiles.Write(path, text, images, replacing);
            ctx.Err.WriteLine($"Brief written to {path}" + (written.Count > 1 ? $", with {written.Count - 1} image files beside it: {string.Join(", ", written.Skip(1).Select(Path.GetFileName))}" : ""));
            return 0;
        }));
        return cmd;
    }
}
