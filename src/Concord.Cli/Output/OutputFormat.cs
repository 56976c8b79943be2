namespace Concord.Cli.Output;

/// <summary>The three output forms every analytic command offers.</summary>
public enum OutputFormat
{
    Table,
    Csv,
    Json,
}
