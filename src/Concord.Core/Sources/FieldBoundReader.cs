using System.Text;
using Concord.Domain;

namespace Concord.Sources;

/// <summary>Passes a delimited file's text through while checking that no field and no row is longer than its bound.</summary>
/// <remarks>
/// It runs ahead of the CSV parser, which would otherwise hold a runaway field in memory (a row over 16 MiB ends in a
/// parser exception with no line) or hand a megabyte of text to the issue rules' regular expressions. It follows
/// quotes the way RFC 4180 does, so a quoted separator or line break stays inside its field, and names the field by
/// the header it read itself.
/// </remarks>
internal sealed class FieldBoundReader(TextReader inner, string file, char separator) : TextReader
{
    /// <summary>The longest row, all fields with their separators; the real files' longest is about 2,000 characters.</summary>
    public const int MaxRowChars = 1024 * 1024;

    private readonly List<string> _header = [];
    private readonly StringBuilder _headerField = new();
    private long _line = 1;
    private long _recordLine = 1;
    private long _fieldLine = 1;
    private int _column;
    private int _fieldLength;
    private int _rowLength;
    private bool _inQuotes;
    private bool _inHeader = true;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Scan((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        foreach (var c in buffer[..n])
        {
            Scan(c);
        }

        return n;
    }

    private void Scan(char c)
    {
        if (c == '"')
        {
            // Quotes are not the field's text: a field of exactly the bound, quoted, is within it.
            _inQuotes = !_inQuotes;
            _rowLength++;
            return;
        }
        else if (!_inQuotes && c == separator)
        {
            EndField();
            _column++;
            _rowLength++;
            return;
        }
        else if (c == '\n')
        {
            _line++;
            if (!_inQuotes)
            {
                EndField();
                _inHeader = false;
                _column = 0;
                _rowLength = 0;
                _recordLine = _line;
                _fieldLine = _line;
                return;
            }
        }

        _fieldLength++;
        _rowLength++;
        if (_inHeader && _fieldLength <= 200)
        {
            _headerField.Append(c);
        }

        if (_fieldLength > SourceBounds.MaxFieldChars)
        {
            throw new MalformedSourceException(file, _fieldLine, _inHeader ? "(header)" : FieldName(), $"is longer than {SourceBounds.MaxFieldChars:N0} characters, the bound for a field (the longest real one has about 1,500): a runaway quote or the wrong file?");
        }

        if (_rowLength > MaxRowChars)
        {
            throw new MalformedSourceException(file, _recordLine, "(row)", $"is longer than {MaxRowChars:N0} characters, the bound for a row");
        }
    }

    private void EndField()
    {
        if (_inHeader)
        {
            _header.Add(_headerField.ToString().Trim().Trim('\uFEFF', '\r', '"'));
            _headerField.Clear();
        }

        _fieldLength = 0;
        _fieldLine = _line;
    }

    private string FieldName() => _column < _header.Count ? _header[_column] : "(row)";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
