using System.CommandLine;
using Concord.Cli.Output;
using Concord.Invariants;
using Concord.Questions.Status;
using Concord.Sources;
using Concord.Store;
using Concord.Sync;

namespace Concord.Cli.Commands;

/// <summary><c>concord data sync|status|check|sources|schema|export</c>: building the record and seeing what it holds.</summary>
internal static class DataCommands
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var data = new Command("data", "Build the database from the source files and inspect what it holds.");
        data.Subcommands.Add(Sync(stdout, stderr));
        data.Subcommands.Add(Status(stdout, stderr));
        data.Subcommands.Add(Check(stdout, stderr));
        data.Subcommands.Add(SourcesList(stdout, stderr));
        data.Subcommands.Add(Schema(stdout, stderr));
        data.Subcommands.Add(DataExportCommand.Build(stdout, stderr));
        return data;
    }

    private static Command Sync(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string?>("--from")
        {
            Description = "A folder of source files; an http(s) URL of a mirror of them (downloaded with resume and checksums, then read); or 'publishers' to fetch each file from its publisher where the publisher's copy is the same file.",
        };
        var events = new Option<string?>("--events")
        {
            Description = "A folder of your own forums, memberships, events and declarations files, in the schema of data/curated (docs/data.md); checked like the curated files, all or nothing.",
        };
        var allowMissing = new Option<bool>("--allow-missing")
        {
            Description = "Build even when a source the current database holds (or the manifest lists) is missing from the data folder or gives less than half its rows; without it such a sync is refused and the database kept.",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Build even when the database was built from the same files by this build of Concord (without it, such a sync says the database is up to date and leaves it).",
        };
        var cmd = new Command("sync", "Build or refresh the database from every source (atomic: a failure leaves the old database as it was).") { from, events, allowMissing, rebuild };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var source = ctx.Parse.GetValue(from);
            string dataDir;
            if (source is "publishers")
            {
                dataDir = ctx.DataDir ?? Path.Combine(DataDirectory.UserDataFolder(ConcordEnvironment.OfProcess()), "data");
                DownloadCommand.Run(ctx, null, dataDir);
            }
            else if (source is not null && Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                dataDir = ctx.DataDir ?? Path.Combine(DataDirectory.UserDataFolder(ConcordEnvironment.OfProcess()), "data");
                DownloadCommand.Run(ctx, url, dataDir);
            }
            else
            {
                dataDir = source is not null
                    ? (DataDirectory.LooksLikeData(source) ? Path.GetFullPath(source) : throw new UserFacingException($"{Path.GetFullPath(source)} holds no Concord source files (expected folders ga/, sc/ or undl/)."))
                    : ctx.RequireDataDirectory();
            }

            ctx.Err.WriteLine($"Reading sources in {dataDir}");
            var result = ctx.Build(dataDir, ctx.Parse.GetValue(events), ctx.Parse.GetValue(allowMissing), ctx.Parse.GetValue(rebuild));
            if (result.UpToDate)
            {
                ctx.Err.WriteLine($"Up to date: {result.Database} was built from these same files by this build of Concord ({result.Decisions:N0} decisions, {result.Votes:N0} state-votes); nothing to do ({result.Elapsed.TotalSeconds:0.0} s). Use --rebuild to build it anyway.");
                return 0;
            }

            foreach (var w in result.Warnings)
            {
                ctx.Err.WriteLine("warning (--allow-missing): " + w);
            }

            ctx.Err.WriteLine($"Built {result.Database}: {result.Decisions:N0} decisions, {result.Votes:N0} state-votes, {result.Disagreements:N0} cross-source disagreements, from {result.RowsRead:N0} source rows in {result.Elapsed.TotalSeconds:0.0} s.");
            if (result.Speeches is { } speeches)
            {
                ctx.Err.WriteLine(speeches.Reused
                    ? $"Speeches: {speeches.Speeches:N0}, index carried over (the corpus file has not changed)."
                    : $"Speeches: {speeches.Speeches:N0} read and indexed in {speeches.IndexSeconds:0.0} s.");
            }

            return 0;
        }));
        return cmd;
    }

    private static Command Status(TextWriter stdout, TextWriter stderr)
    {
        var format = CliContext.FormatOption();
        var cmd = new Command("status", "Coverage per forum and source: decisions, state-votes, first and last date.") { format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            using var db = ctx.OpenDatabase();
            var table = StatusQuestion.ToTable(StatusQuestion.Run(db), db.Path);
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    private static Command Check(TextWriter stdout, TextWriter stderr)
    {
        var format = CliContext.FormatOption();
        var field = new Option<string?>("--field") { Description = "Only disagreements on this field: date, vote, tally, symbol, outcome, vetoers, unmatched, duplicate (one vote recorded twice, folded)." };
        field.AcceptOnlyFromAmong("date", "vote", "tally", "symbol", "outcome", "vetoers", "unmatched", "duplicate");
        var state = new Option<string?>("--state") { Description = "Only vote disagreements about this state (code or name)." };
        var symbol = new Option<string?>("--symbol") { Description = "Only disagreements about this decision." };
        var limit = new Option<int>("--limit") { Description = "At most this many disagreements listed (default 50; the summary counts all).", DefaultValueFactory = _ => 50 };
        var invariants = new Option<bool>("--invariants") { Description = "The invariant violations instead (votes by non-members, votes that contradict their own record, swapped dates, duplicate vetoes...): a count per class of what was repaired, quarantined and explained, then the cases with source file and line." };
        var invariantClass = new Option<string?>("--class") { Description = "With --invariants: only this class (" + string.Join(", ", Enum.GetValues<Invariants.InvariantClass>().Select(c => c.Code())) + ")." };
        invariantClass.AcceptOnlyFromAmong([.. Enum.GetValues<Invariants.InvariantClass>().Select(c => c.Code())]);
        var outcome = new Option<string?>("--outcome") { Description = "With --invariants: only repaired, quarantined, explained or unexplained ones." };
        outcome.AcceptOnlyFromAmong("repaired", "quarantined", "explained", "unexplained");
        var sponsors = new Option<bool>("--sponsors") { Description = "The names in the Assembly's sponsor lists (sessions 74-80) that could not be mapped to a state or an organ, with file, line and field; a count per class of sponsor first." };
        var totals = new Option<bool>("--totals") { Description = "The control totals instead: per General Assembly session, the record's adopted resolutions with a recorded vote against the UN Library's own count (Voting Data v5), each difference with its explanation. With --all, equal sessions too." };
        var all = new Option<bool>("--all") { Description = "With --totals: every session, not only those that differ." };
        var cmd = new Command("check", "The disagreements between sources found by the last sync: a summary, then the cases. With --invariants, the invariant violations and their repairs; with --totals, the record against the UN's own counts; with --sponsors, the sponsor names not mapped.") { format, field, state, symbol, limit, invariants, invariantClass, outcome, sponsors, totals, all };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            using var db = ctx.OpenDatabase();
            if (ctx.Parse.GetValue(invariants))
            {
                return WriteInvariants(ctx, db, format, ctx.Parse.GetValue(invariantClass), ctx.Parse.GetValue(outcome), ctx.Parse.GetValue(symbol), ctx.Parse.GetValue(limit));
            }

            if (ctx.Parse.GetValue(totals))
            {
                return WriteTotals(ctx, db, format, ctx.Parse.GetValue(all));
            }

            if (ctx.Parse.GetValue(all))
            {
                throw new ArgumentException("--all goes with --totals.");
            }

            if (ctx.Parse.GetValue(sponsors))
            {
                return WriteUnmappedSponsors(ctx, db, format, ctx.Parse.GetValue(symbol), ctx.Parse.GetValue(limit));
            }

            if (ctx.Parse.GetValue(invariantClass) is not null || ctx.Parse.GetValue(outcome) is not null)
            {
                throw new ArgumentException("--class and --outcome go with --invariants.");
            }

            var stateCode = ctx.Parse.GetValue(state) is { } s ? States.StateRegistry.Default.Resolve(s).Code : null;
            var n = ctx.Parse.GetValue(limit);
            if (n is < 1 or > 100_000)
            {
                throw new ArgumentException("--limit must be between 1 and 100000.");
            }

            var summary = DisagreementTable.Summarise(db);
            var list = DisagreementTable.List(db, ctx.Parse.GetValue(field), stateCode, ctx.Parse.GetValue(symbol), n);
            var table = new ResultTable("Cross-source disagreements", "symbol", "date", "field", "state", "source_a", "value_a", "where_a", "source_b", "value_b", "where_b", "kept");
            foreach (var x in list)
            {
                table.Add(x.Symbol, x.Date, x.Field, x.State, x.SourceA, x.ValueA, $"{x.FileA}:{x.LineA}", x.SourceB, x.ValueB, $"{x.FileB}:{x.LineB}", x.Kept);
            }

            table.Fact("summary", summary.Select(x => $"{x.Field} {x.SourceA} vs {x.SourceB}: {x.Count:N0} ({x.Decisions:N0} decisions)").ToList());
            table.Fact("total", summary.Sum(x => x.Count));
            table.Notes.Add("The value kept is the one from the source with higher precedence (docs/data.md); the other stays in this list.");
            var controls = int.TryParse(db.MetaValue("text_fields_with_control_characters"), System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 0;
            table.Fact("text_fields_with_control_characters", controls);
            if (controls > 0)
            {
                table.Notes.Add($"{controls:N0} text field(s) of the sources (titles, agenda items, event names) held control characters; they were removed at sync.");
            }

            var unmappedSponsors = SponsorshipTable.Summarise(db).Where(x => x.Class == "unmapped").Sum(x => x.Rows);
            if (unmappedSponsors > 0)
            {
                table.Notes.Add($"{unmappedSponsors:N0} name(s) in the Assembly's sponsor lists could not be mapped to a state: concord data check --sponsors lists them.");
            }

            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    private static int WriteTotals(CliContext ctx, Store.ConcordDatabase db, Option<OutputFormat> format, bool all)
    {
        var summary = ControlTotalTable.Summarise(db);
        var table = new ResultTable("The record against the UN's own counts", "forum", "period", "measure", "un_count", "record", "un_records", "unvotes_only", "difference", "explanation", "count_from");
        foreach (var r in ControlTotalTable.List(db, differencesOnly: !all))
        {
            table.Add(r.Forum, r.Period, r.Measure, r.Reference, r.Record, r.Listed, r.UnvotesOnly, r.Difference, r.Explanation, r.ReferenceLine is null ? r.ReferenceFile : $"{r.ReferenceFile}:{r.ReferenceLine}");
        }

        if (!summary.Compared)
        {
            table.Notes.Add($"No control totals: the UN Library's counts ({AssemblySessionCountsReader.File}) were not in the data folder at the last sync.");
        }
        else
        {
            table.Fact("sessions", summary.Periods);
            table.Fact("equal", summary.Equal);
            table.Fact("short", summary.Short.Count == 0 ? "none" : string.Join(", ", summary.Short.Select(r => $"{r.Period} ({r.Record} of {r.Reference})")));
            table.Fact("over", summary.Over.Count == 0 ? "none" : string.Join(", ", summary.Over.Select(r => $"{r.Period} ({r.Record} of {r.Reference})")));
        }

        var council = ControlTotalTable.List(db).Where(r => r.Forum == "sc").ToList();
        table.Fact("sc_years", council.Count == 0 ? null : StatusQuestion.CouncilTotalsInWords(council));

        table.Notes.Add("ga rows: un_count: resolutions the UN Dag Hammarskjöld Library's General Assembly Voting Data v5 (Feb 2026) holds as adopted by a recorded vote; record: the same in Concord's record (session 80 to 30 Dec 2025, as the count); un_records: of those, the ones the UN's own records here hold (Digital Library, DGACM); unvotes_only: the rest. sc rows: un_count is the year's resolutions as the UN numbers them (S/RES numbers run on across years; count_from gives the year's range), or the vetoed drafts of the year in the Dag Hammarskjöld Library's veto list (to 26 May 2022).");
        ctx.Write(table, format);
        return 0;
    }

    private static int WriteInvariants(CliContext ctx, Store.ConcordDatabase db, Option<OutputFormat> format, string? invariantClass, string? outcome, string? symbol, int limit)
    {
        if (limit is < 1 or > 100_000)
        {
            throw new ArgumentException("--limit must be between 1 and 100000.");
        }

        var summary = InvariantTable.Summarise(db);
        var list = InvariantTable.List(db, invariantClass, outcome, symbol, limit);
        var table = new ResultTable("Invariant violations and what became of them", "symbol", "date", "class", "state", "source", "where", "detail", "outcome", "how");
        foreach (var x in list)
        {
            table.Add(x.Symbol, x.Date, x.Class, x.State, x.Source, $"{x.File}:{x.Line}", x.Detail, x.Outcome, x.How);
        }

        table.Fact("summary", summary.Select(x => $"{x.Class}: {x.Repaired:N0} repaired, {x.Quarantined:N0} quarantined, {x.Explained:N0} explained, {x.Unexplained:N0} unexplained ({x.Decisions:N0} decisions)").ToList());
        table.Fact("repaired", summary.Sum(x => x.Repaired));
        table.Fact("quarantined", summary.Sum(x => x.Quarantined));
        table.Fact("explained", summary.Sum(x => x.Explained));
        table.Fact("unexplained", summary.Sum(x => x.Unexplained));
        table.Notes.Add("Repaired: another source satisfies the invariant and its value is used. Quarantined: no source does; the votes are kept out of every analysis (show lists them). Explained: not an error in the record, the reason is given with the source that states it. Unexplained: both values kept, and no source says why. The invariants are listed in docs/data.md.");
        ctx.Write(table, format);
        return 0;
    }

    private static int WriteUnmappedSponsors(CliContext ctx, Store.ConcordDatabase db, Option<OutputFormat> format, string? symbol, int limit)
    {
        if (limit is < 1 or > 100_000)
        {
            throw new ArgumentException("--limit must be between 1 and 100000.");
        }

        var coverage = SponsorshipTable.Coverage(db);
        var summary = SponsorshipTable.Summarise(db);
        var list = SponsorshipTable.UnmappedNames(db, symbol, limit);
        var table = new ResultTable("Sponsor names not mapped to a state", "symbol", "date", "where", "field", "name", "entry");
        foreach (var x in list)
        {
            table.Add(x.Symbol, x.Date, $"{x.File}:{x.Line}", x.Field, x.Name, x.Entry);
        }

        table.Fact("coverage", $"{coverage.Describe()}: {coverage.Decisions:N0} resolutions, {coverage.WithStateSponsor:N0} with a state among the sponsors");
        table.Fact("summary", summary.Select(x => $"{x.Class}: {x.Rows:N0} names ({x.Decisions:N0} decisions)").ToList());
        table.Fact("unmapped", summary.Where(x => x.Class == "unmapped").Sum(x => x.Rows));
        table.Notes.Add("Names are mapped to states with the state register on the resolution's date; organs (the President, a Committee's Chair or Bureau...) are kept as non-state sponsors. An unmapped name is kept in the record with no state and counts for no state (docs/data.md).");
        ctx.Write(table, format);
        return 0;
    }

    private static Command Schema(TextWriter stdout, TextWriter stderr)
    {
        var cmd = new Command("schema", "Every table and column of the database with its type and description, as Markdown (docs/schema.md is this output).");
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            using var db = ctx.OpenDatabase();
            ctx.Out.Write(SchemaDocument.Render(db));
            return 0;
        }));
        return cmd;
    }

    private static Command SourcesList(TextWriter stdout, TextWriter stderr)
    {
        var format = CliContext.FormatOption();
        var cmd = new Command("sources", "Every data file Concord reads: publisher, terms, where to get it, checksum.") { format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var table = new ResultTable("Concord data files", "path", "bytes", "sha256", "publisher", "terms", "origin_url", "origin_identical");
            foreach (var e in DataManifest.Default.Entries)
            {
                table.Add(e.Path, e.Bytes, e.Sha256, e.Publisher, e.Terms, e.OriginUrl, e.OriginIdentical);
            }

            table.Notes.Add("origin_identical = false: the publisher's file was converted (from .rda, .xlsx, .zip or HTML); use a mirror of the converted files (concord data sync --from URL).");
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }
}
