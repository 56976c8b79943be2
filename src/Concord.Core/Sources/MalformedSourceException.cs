namespace Concord.Sources;

/// <summary>A source file that cannot be read as its format says; names the file, line and field.</summary>
/// <remarks>Thrown before anything is written, so a refused file leaves the database as it was.</remarks>
public sealed class MalformedSourceException(string file, long line, string field, string problem)
    : Exception($"{file}, line {line}, field '{field}': {problem}")
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public string Field { get; } = field;

    public string Problem { get; } = problem;
}
