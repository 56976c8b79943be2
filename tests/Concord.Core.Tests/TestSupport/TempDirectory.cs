using System.IO.Compression;
using System.Text;

namespace Concord.Tests.TestSupport;

/// <summary>A scratch data directory for one test, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "concord-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to a file relative to the directory.</summary>
    public string Write(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    /// <summary>Writes <paramref name="content"/> gzip-compressed.</summary>
    public string WriteGz(string relativePath, string content)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        using var file = File.Create(full);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        var bytes = new UTF8Encoding(false).GetBytes(content);
        gz.Write(bytes, 0, bytes.Length);
        return full;
    }

    /// <summary>Copies a fixture folder (copied to the test output under fixtures/) into this directory.</summary>
    public void CopyFixture(string fixtureName)
    {
        var source = FixturePath(fixtureName);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var rel = System.IO.Path.GetRelativePath(source, file);
            var target = Combine(rel);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Compresses a plain file of this directory into <paramref name="gzRelativePath"/> and removes the plain one.</summary>
    public void GzipInPlace(string plainRelativePath, string gzRelativePath)
    {
        var text = File.ReadAllText(Combine(plainRelativePath));
        WriteGz(gzRelativePath, text);
        File.Delete(Combine(plainRelativePath));
    }

    public static string FixturePath(string fixtureName) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", fixtureName);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
