using System.IO.Compression;
using System.Text.RegularExpressions;
using Concord.Domain;
using nietras.SeparatedValues;

namespace Concord.Sources;

/// <summary>Opens a delimited source file and turns every parse problem into a <see cref="MalformedSourceException"/>.</summary>
/// <remarks>
/// Beyond the field count, each row is checked for what a CSV parser lets through silently: a quote that never
/// closes (it swallows every later row into one field), bytes that were not UTF-8 (decoded to U+FFFD, they would be
/// stored as such) and NUL bytes (binary data). A gzipped file is decompressed whole and checked against the length
/// its trailer records, because a gzip stream cut short otherwise just ends early and its last rows vanish.
/// </remarks>
internal sealed partial class CsvSource : IDisposable
{
    private static readonly System.Buffers.SearchValues<char> s_notText = System.Buffers.SearchValues.Create("\0\uFFFD");
    private readonly SepReader _reader;
    private readonly char _separator;

    private CsvSource(string displayName, SepReader reader, char separator)
    {
        DisplayName = displayName;
        _reader = reader;
        _separator = separator;
    }

    public string DisplayName { get; }

    /// <param name="rowsRequired">False for a file where no rows is a valid statement (no roll call has an issue code).</param>
    public static CsvSource Open(string dataDir, string relativePath, char separator = ',', bool rowsRequired = true)
    {
        var path = SourceFile.Check(dataDir, relativePath);
        SepReader reader;
        var bytes = relativePath.EndsWith(".gz", StringComparison.Ordinal)
            ? Decompress(path, relativePath)
            : SourceFile.OpenRead(dataDir, relativePath);
        TextReader text = new FieldBoundReader(new StreamReader(bytes, detectEncodingFromByteOrderMarks: true), relativePath, separator);
        try
        {
            reader = Sep.Reader(o => o with { Sep = new Sep(separator), Unescape = true, DisableColCountCheck = true, HasHeader = true }).From(text);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            text.Dispose();
            throw new MalformedSourceException(relativePath, 1, "(header)", e.Message);
        }
        catch (ArgumentException e) when (DuplicateColumn().Match(e.Message) is { Success: true } m)
        {
            // Sep refuses a header that names a column twice; which column is only in its message.
            text.Dispose();
            throw new MalformedSourceException(relativePath, 1, m.Groups[1].Value, $"the header names column '{m.Groups[1].Value}' more than once");
        }

        if (reader.Header.ColNames.Count == 0 || (reader.Header.ColNames.Count == 1 && reader.Header.ColNames[0].Length == 0 && !reader.HasRows))
        {
            reader.Dispose();
            throw new MalformedSourceException(relativePath, 1, "(header)", "the file is empty");
        }

        if (rowsRequired && !reader.HasRows)
        {
            reader.Dispose();
            throw new MalformedSourceException(relativePath, 2, "(rows)", "has a header but no rows");
        }

        return new CsvSource(relativePath, reader, separator);
    }

    /// <summary>The decompressed file, within the source's bound and checked against the gzip trailer's length (modulo 2^32, as gzip stores it).</summary>
    /// <remarks>The trailer read is the last member's: the published votes file is a single gzip member.</remarks>
    private static MemoryStream Decompress(string path, string relativePath)
    {
        var content = new MemoryStream();
        using (var file = System.IO.File.OpenRead(path))
        {
            Span<byte> magic = stackalloc byte[2];
            if (file.Length < 18 || file.Read(magic) != 2 || magic[0] != 0x1f || magic[1] != 0x8b)
            {
                throw new MalformedSourceException(relativePath, 0, "(gzip)", "is not a gzip file");
            }

            file.Position = 0;
            try
            {
                // Decompressed through a bound, so that a small file that expands to gigabytes is refused on the way.
                var bound = SourceBounds.For(relativePath).MaxExpandedBytes;
                using var gz = new BoundedStream(new GZipStream(file, CompressionMode.Decompress, leaveOpen: true), bound, relativePath, "(gzip)", "decompressed, the file");
                gz.CopyTo(content);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new MalformedSourceException(relativePath, 0, "(gzip)", $"the compressed data is damaged: {e.Message}");
            }

            Span<byte> trailer = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(trailer);
            var recorded = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            if (recorded != (uint)content.Length)
            {
                throw new MalformedSourceException(relativePath, 0, "(gzip)", $"the file is cut short: it decompresses to {content.Length:N0} bytes, its trailer says {recorded:N0}");
            }
        }

        content.Position = 0;
        return content;
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

    /// <summary>False for a blank line (skipped); a row with more or fewer fields than the header, an unclosed quote or bytes that are not text are refused.</summary>
    public bool Accept(SepReader.Row row)
    {
        var expected = _reader.Header.ColNames.Count;
        if (UnclosedQuoteColumn(row.Span) is { } open)
        {
            throw new MalformedSourceException(DisplayName, row.LineNumberFrom, open < expected ? _reader.Header.ColNames[open] : "(row)",
                row.LineNumberToExcl - 1 > row.LineNumberFrom
                    ? $"a quote opened in this field is never closed: lines {row.LineNumberFrom} to {row.LineNumberToExcl - 1} (the end of the file) were read as one field"
                    : "a quote opened in this field is never closed (the file ends inside it)");
        }

        if (row.ColCount != expected)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                return false;
            }

            throw new MalformedSourceException(DisplayName, row.LineNumberFrom, "(row)", $"has {row.ColCount} fields, the header has {expected}");
        }

        if (row.Span.ContainsAny(s_notText))
        {
            for (var c = 0; c < row.ColCount; c++)
            {
                var span = row[c].Span;
                var i = span.IndexOfAny(s_notText);
                if (i >= 0)
                {
                    throw new MalformedSourceException(DisplayName, row.LineNumberFrom, _reader.Header.ColNames[c], span[i] == '\0'
                        ? "holds a NUL byte: binary data, not text"
                        : "holds bytes that are not UTF-8 text (a file saved as Latin-1 or Windows-1252?)");
                }
            }
        }

        return true;
    }

    /// <summary>The field in which a quote opens and is never closed, or null. A well-formed row has quotes in pairs.</summary>
    private int? UnclosedQuoteColumn(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('"') < 0)
        {
            return null;
        }

        var inQuotes = false;
        int column = 0, openedIn = 0;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                openedIn = inQuotes ? column : openedIn;
            }
            else if (c == _separator && !inQuotes)
            {
                column++;
            }
        }

        return inQuotes ? openedIn : null;
    }

    public MalformedSourceException Error(SepReader.Row row, string field, string problem) =>
        new(DisplayName, row.LineNumberFrom, field, problem);

    public void Dispose() => _reader.Dispose();

    [GeneratedRegex("Col name '(.*?)' found \\d+ times")]
    private static partial Regex DuplicateColumn();
}
