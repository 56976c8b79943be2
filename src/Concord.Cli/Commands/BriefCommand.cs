using System.CommandLine;
using Concord.Reports.Brief;
using Concord.States;

namespace Concord.Cli.Commands;

/// <summary><c>concord brief [A B]</c>: the written brief on two states (default China and Russia), as one HTML file or Markdown with PNG charts.</summary>
internal static class BriefCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string>("a") { Description = "First state (default CHN).", DefaultValueFactory = _ => "CHN" };
        var b = new Argument<string>("b") { Description = "Second state (default RUS).", DefaultValueFactory = _ => "RUS" };
        var from = new Option<int>("--from") { Description = "First year (default 1992).", DefaultValueFactory = _ => 1992 };
        var to = new Option<int?>("--to") { Description = "Last year (default: the last year on record)." };
        var reference = new Option<string>("--reference") { Description = "A third state shown for reference (default USA).", DefaultValueFactory = _ => "USA" };
        var outFile = new Option<string?>("--out") { Description = "Where to write the brief (default brief-A-B.html or .md in the current folder)." };
        var format = new Option<string>("--format") { Description = "html (one self-contained file, inline SVG charts; default) or md (Markdown with PNG charts beside it).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md");
        var cmd = new Command("brief", "The brief on two states: Security Council, General Assembly (agreement, issue areas, divergences, ideal points), regional forums and bilateral ties; findings written from the numbers, charts stating their data and method.")
        {
            a, b, from, to, reference, outFile, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var fromYear = ctx.Parse.GetValue(from);
            Validate.Years(fromYear, ctx.Parse.GetValue(to));
            var registry = StateRegistry.Default;
            var sa = registry.Resolve(ctx.Parse.GetValue(a)!);
            var sb = registry.Resolve(ctx.Parse.GetValue(b)!);
            var sr = registry.Resolve(ctx.Parse.GetValue(reference)!);
            var fmt = ctx.Parse.GetValue(format)!;
            var path = Path.GetFullPath(ctx.Parse.GetValue(outFile) ?? $"brief-{sa.Code}-{sb.Code}.{fmt}");
            // Ideal points first: a fit made now is kept in the cache file beside the database.
            var idealPoints = IdealRefit.Load(ctx, refit: false);
            using var db = ctx.OpenDatabase();
            var toYear = ctx.Parse.GetValue(to) ?? Concord.Store.CoverageQuery.LastYear(db);
            Validate.Years(fromYear, toYear);
            var doc = BriefBuilder.Build(db, sa, sb, sr, fromYear, toYear, idealPoints);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = fmt == "md" ? doc.Markdown(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path)) : doc.Html();
            File.WriteAllText(path, text);
            ctx.Err.WriteLine($"Brief written to {path}");
            return 0;
        }));
        return cmd;
    }
}
