using System.CommandLine;
using Concord.Cli.Output;
using Concord.Questions;
using Concord.Questions.Agreement;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord data export --format parquet|csv DIR</c>: the record's main tables, and agreement by year, as
/// files a data-frame library opens in one line with their types.</summary>
internal static class DataExportCommand
{
    /// <summary>The name of the agreement file: every pair of states in the General Assembly, by year (as
    /// <c>concord agree --all --by year --format csv</c> writes it).</summary>
    public const string AgreementName = "agreement_by_year";

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "The folder to write into (created when missing). Files Concord did not write there are never replaced." };
        var format = new Option<string>("--format") { Description = "parquet (typed, compressed; the default) or csv (with a header).", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv");
        var cmd = new Command("export", "Write decisions, votes (with labels, file and line), issue areas, sponsorships, ideal points, states and General Assembly agreement by year as Parquet or CSV files, with DuckDB's own writers.") { folder, format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var kind = ctx.Parse.GetValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Parquet;
            var agreement = Path.Combine(Path.GetTempPath(), $"concord-agreement-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
            try
            {
                using (var record = ctx.OpenRecord())
                {
                    WriteAgreementByYear(record, agreement);
                }

                using var db = ctx.OpenDatabase();
                var written = DataExport.Write(db, ctx.Parse.GetValue(folder)!, kind, [(AgreementName, agreement)]);
                var table = new ResultTable("Concord export", "file", "rows");
                foreach (var (file, rows) in written)
                {
                    table.Add(file, rows);
                }

                table.Fact("folder", Path.GetFullPath(ctx.Parse.GetValue(folder)!));
                table.Fact("manifest", DataExport.ManifestName + " (SHA-256 of every file written; sha256sum -c checks it)");
                table.Notes.Add("Columns: docs/schema.md (votes adds the decision's forum, symbol, date and year, the vote's label, file and line); agreement_by_year is `concord agree --all --by year --format csv`.");
                ctx.Write(table, OutputFormat.Table);
                return 0;
            }
            finally
            {
                File.Delete(agreement);
            }
        }));
        return cmd;
    }

    /// <summary>Every pair's agreement in the General Assembly by year, every measure, as CSV.</summary>
    private static void WriteAgreementByYear(LoadedRecord record, string path)
    {
        var frame = AgreementFrame.Read(QuestionArgs.Of(("by", "year")), record, allPairs: true);
        var matrix = record.Matrix(frame.Forum, frame.MergePredecessors);
        var periods = frame.Periods(record);
        using var file = File.Create(path);
        AllPairsCsvWriter.Write(file, matrix, periods, frame.Measures, frame.MinN, frame.Convention.CoincidenceRules(matrix, periods));
    }
}
