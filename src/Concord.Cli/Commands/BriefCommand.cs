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
            // Ideal points first: a fit made now is kept in the cache file beside the database, where the source reads it.
            IdealRefit.Load(ctx, refit: false);
            using var source = ctx.OpenSource();
            var request = BriefRequest.Read(args, source);
            var fmt = ctx.Parse.GetValue(format)!;
            var path = Path.GetFullPath(ctx.Parse.GetValue(outFile) ?? $"brief-{request.A.Code}-{request.BCode}.{fmt}");
            var doc = BriefBuilder.Build(source, request);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = fmt == "md" ? doc.Markdown(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path)) : doc.Html();
            File.WriteAllText(path, text);
            ctx.Err.WriteLine($"Brief written to {path}");
            return 0;
        }));
        return cmd;
    }
}
