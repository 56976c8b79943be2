namespace Concord.Domain;

/// <summary>A source file that cannot be read as its format says; names the file, line and field.</summary>
/// <remarks>
/// Thrown before anything is written, so a refused file leaves the database as it was. Line 0 means the file as a
/// whole (missing, or not a gzip stream). The problem quotes the offending text, so control characters and bytes
/// that were not text are shown escaped and a long value is shortened: the message stays one readable line.
/// </remarks>
public sealed class MalformedSourceException(string file, long line, string field, string problem)
    : Exception(line > 0 ? $"{file}, line {line}, field '{Printable(field)}': {Printable(problem)}" : $"{file} {Printable(field)}: {Printable(problem)}")
{
    private const int MaxProblemLength = 400;

    public string File { get; } = file;

    public long Line { get; } = line;

    public string Field { get; } = Printable(field);

    public string Problem { get; } = Printable(problem);

    private static string Printable(string text)
    {
        var b = new System.Text.StringBuilder(Math.Min(text.Length, MaxProblemLength + 16));
        foreach (var c in text)
        {
            if (b.Length >= MaxProblemLength)
            {
                b.Append($"… ({text.Length:N0} characters)");
                break;
            }

            if (char.IsControl(c) || c == '\uFFFD')
            {
                b.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{(int)c:X4}" });
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
