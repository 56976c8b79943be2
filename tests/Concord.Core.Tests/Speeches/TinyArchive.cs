using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Concord.Tests.Speeches;

/// <summary>A small corpus archive built in memory, laid out as the real one (UNGDC_1946-2024/TXT/Session NN - YYYY/).</summary>
internal static class TinyArchive
{
    public static string Entry(string code, int session, int year) =>
        $"UNGDC_1946-2024/TXT/Session {session:00} - {year}/{code}_{session:00}_{year}.txt";

    /// <summary>A .tar.gz of the given entries (path, bytes), plus the corpus's README and a folder entry.</summary>
    public static byte[] Build(params (string Path, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gz, TarEntryFormat.Pax, leaveOpen: true))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "UNGDC_1946-2024/"));
            Write(tar, "UNGDC_1946-2024/README.txt", Encoding.UTF8.GetBytes("The UN General Debate Corpus."));
            foreach (var (path, bytes) in entries)
            {
                Write(tar, path, bytes);
            }
        }

        return output.ToArray();
    }

    public static (string, byte[]) Speech(string code, int session, int year, string text) => (Entry(code, session, year), Encoding.UTF8.GetBytes(text));

    private static void Write(TarWriter tar, string path, byte[] bytes)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(bytes) };
        tar.WriteEntry(entry);
    }
}
