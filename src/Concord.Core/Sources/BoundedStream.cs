using Concord.Domain;
namespace Concord.Sources;

/// <summary>A read-only stream that refuses to give more than a set number of bytes, naming the bound that was hit.</summary>
internal sealed class BoundedStream(Stream inner, long bound, string file, string field, string what) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte past the bound, so that a file of exactly the bound passes and one byte more does not.
        var allowed = (int)Math.Min(buffer.Length, bound + 1 - _read);
        var n = inner.Read(buffer[..allowed]);
        _read += n;
        if (_read > bound)
        {
            throw new MalformedSourceException(file, 0, field, $"{what} is over {SourceBounds.Describe(bound)}, the bound for this source (a gzip bomb, a device or the wrong file?)");
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
