using System.IO.Compression;
using nietras.SeparatedValues;

namespace Concord.Sources;

/// <summary>Opens a delimited source file and turns every parse problem into a <see cref="MalformedSourceException"/>.</summary>
internal sealed class CsvSource : IDisposable
{
    private readonly SepReader _reader;

    private CsvSource(string displayName, SepReader reader)
    {
        DisplayName = displayName;
        _reader = reader;
    }

    public string DisplayName { get; }

    public static CsvSource Open(string dataDir, string relativePath, char separator = ',')
    {
        var path = Path.Combine(dataDir, relativePath);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Source file not found: {path}", path);
        }

        try
        {
            TextReader text = relativePath.EndsWith(".gz", StringComparison.Ordinal)
                ? new StreamReader(new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress), detectEncodingFromByteOrderMarks: true)
                : new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var reader = Sep.Reader(o => o with { Sep = new Sep(separator), Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
            return new CsvSource(relativePath, reader);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new MalformedSourceException(relativePath, 1, "(header)", e.Message);
        }
    }

    /// <summary>The index of a required column; a missing column is a malformed file.</summary>
    public int Column(string name)
    {
        if (_reader.Header.TryIndexOf(name, out var index))
        {
            return index;
        }

        throw new MalformedSourceException(DisplayName, 1, name, $"required column '{name}' is missing (found: {string.Join(", ", _reader.Header.ColNames.Take(20))})");
    }

    public IReadOnlyList<string> ColumnNames => _reader.Header.ColNames;

    /// <summary>The rows; pass each to <see cref="Accept"/> first.</summary>
    public SepReader Reader => _reader;

    /// <summary>False for a blank line (skipped); a row with more or fewer fields than the header is refused.</summary>
    public bool Accept(SepReader.Row row)
    {
        var expected = _reader.Header.ColNames.Count;
        if (row.ColCount == expected)
        {
            return true;
        }

        if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
        {
            return false;
        }

        throw new MalformedSourceException(DisplayName, row.LineNumberFrom, "(row)", $"has {row.ColCount} fields, the header has {expected}");
    }

    public MalformedSourceException Error(SepReader.Row row, string field, string problem) =>
        new(DisplayName, row.LineNumberFrom, field, problem);

    public void Dispose() => _reader.Dispose();
}
