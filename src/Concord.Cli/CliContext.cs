using System.CommandLine;
using Concord.Cli.Output;
using Concord.Questions;
using Concord.Store;
using Concord.Sync;
using Spectre.Console;

namespace Concord.Cli;

/// <summary>The options every command shares, and the database they lead to.</summary>
internal sealed class CliContext
{
    public static readonly Option<string?> DbOption = new("--db")
    {
        Description = "The Concord database file (default: $CONCORD_DB, else ~/.local/share/concord/concord.duckdb).",
        Recursive = true,
    };

    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "The folder of source files (default: $CONCORD_DATA, else ../shared/data when it exists).",
        Recursive = true,
    };

    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Output as a table (default), csv or json; csv and json go to stdout, notes to stderr.",
        HelpName = "table|csv|json",
        DefaultValueFactory = _ => OutputFormat.Table,
        // Case-insensitive, and an unknown value named with the choices, not with the type behind them.
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(text, out _))
            {
                return format;
            }

            result.AddError($"--format must be table, csv or json (not '{text}').");
            return OutputFormat.Table;
        },
    };

    public CliContext(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        Parse = parse;
        Out = stdout;
        Err = stderr;
        // An empty value is a script's unset variable, never "the default": the default database would be rebuilt or read.
        foreach (var option in new[] { DbOption, DataOption })
        {
            if (parse.GetResult(option) is { Implicit: false } && string.IsNullOrWhiteSpace(parse.GetValue(option)))
            {
                throw new UserFacingException($"{option.Name} is empty; give a path (or leave the option out for the default).");
            }
        }

        DatabasePath = DataDirectory.DefaultDatabase(parse.GetValue(DbOption), ConcordEnvironment.OfProcess());
        DataDir = parse.GetValue(DataOption);
    }

    public ParseResult Parse { get; }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    public string DatabasePath { get; }

    public string? DataDir { get; }

    /// <summary>Opens the database read-only, building it first (with progress) when it does not exist yet.</summary>
    public ConcordDatabase OpenDatabase()
    {
        if (File.Exists(DatabasePath) && !Directory.Exists(DatabasePath) && !Sources.SourceFile.IsRegular(DatabasePath))
        {
            throw new UserFacingException($"--db {DatabasePath} is a pipe, a device or a socket, not a database file.");
        }

        if (!File.Exists(DatabasePath))
        {
            Err.WriteLine($"No database at {DatabasePath} yet: building it from the source files first.");
            var data = RequireDataDirectory();
            Build(data);
        }

        var db = ConcordDatabase.OpenReadOnly(DatabasePath);
        if (db.IsCurrent)
        {
            return db;
        }

        // The user's own forum files are read again, so an upgrade does not silently drop them.
        var eventsDir = db.MetaValue("events_dir");
        db.Dispose();
        Err.WriteLine($"The database at {DatabasePath} was built by another version of Concord (schema or reference tables differ): rebuilding it from the source files.");
        Build(RequireDataDirectory(), eventsDir is not null && Directory.Exists(eventsDir) ? eventsDir : null);
        return ConcordDatabase.OpenReadOnly(DatabasePath);
    }

    /// <summary>The record to answer questions from, over the database (built first when missing).</summary>
    /// <remarks>When the vote matrices beside the database match it (which also says that this build wrote it, so it
    /// needs no rebuild), the database itself is opened only when a question needs more than the matrices.</remarks>
    public LoadedRecord OpenRecord() => VoteMatrixFile.IsCurrentFor(DatabasePath) ? LoadedRecord.OpenLazily(DatabasePath) : new(OpenDatabase());

    public string RequireDataDirectory()
    {
        var (found, tried) = DataDirectory.Locate(DataDir, ConcordEnvironment.OfProcess());
        if (found is not null)
        {
            return found;
        }

        throw new UserFacingException(
            "No data directory found. Concord looked in:\n  " + string.Join("\n  ", tried) + "\n" +
            "Get the data in one of these ways:\n" +
            "  - point Concord at a copy: --data DIR or CONCORD_DATA=DIR\n" +
            "  - download a mirror of the files: concord data sync --from URL\n" +
            "  - see where each file is published: concord data sources\n" +
            "Publishers: UN Digital Library (https://digitallibrary.un.org/record/4060887, /record/4055387), " +
            "UN DGACM (https://github.com/UNxml), Erik Voeten's UNGA voting data (https://dataverse.harvard.edu/dataverse/Voeten), " +
            "UN Dag Hammarskjöld Library veto list (https://research.un.org/en/docs/sc/quick/veto).");
    }

    public SyncResult Build(string dataDir, string? eventsDir = null, bool allowMissing = false, bool rebuild = false)
    {
        var interactive = !Console.IsErrorRedirected && Err == Console.Error;
        if (!interactive)
        {
            var last = "";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            return RecordBuilder.Build(dataDir, DatabasePath, eventsDir: eventsDir, allowMissing: allowMissing, rebuild: rebuild, progress: new SynchronousProgress<SyncProgress>(p =>
            {
                if (p.Step != last)
                {
                    last = p.Step;
                    Err.WriteLine($"  {clock.Elapsed.TotalSeconds,5:0.00}s {p.Fraction,4:P0}  {p.Step}");
                }
            }));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        SyncResult? result = null;
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("building database", maxValue: 1.0);
                result = RecordBuilder.Build(dataDir, DatabasePath, eventsDir: eventsDir, allowMissing: allowMissing, rebuild: rebuild, progress: new SynchronousProgress<SyncProgress>(p =>
                {
                    task.Description = p.Step;
                    task.Value = Math.Max(task.Value, p.Fraction);
                }));
                task.Value = 1.0;
            });
        return result!;
    }

    public OutputFormat Format(Option<OutputFormat> option) => Parse.GetValue(option);

    public void Write(ResultTable table, Option<OutputFormat> option) => Renderer.Write(table, Format(option), Out, Err);

    public void Write(ResultTable table, OutputFormat format) => Renderer.Write(table, format, Out, Err);
}

/// <summary>Reports progress on the calling thread (the built-in Progress posts to a thread pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}

/// <summary>An error whose message is meant for the user as it is (no stack trace).</summary>
internal sealed class UserFacingException(string message) : Exception(message);
