using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;

namespace Concord.Tests.Reliability;

/// <summary>One row of <c>tests/fixtures/corpus/cases.csv</c>: a mutation of one file of the valid corpus and what the sync must do with it.</summary>
/// <remarks>
/// Mutations work on the file's text as the reader sees it: for the gzipped votes file on the decompressed content
/// (recompressed afterwards), except <c>truncate-bytes</c>, <c>garbage</c> and <c>empty</c>, which work on the bytes on disk.
/// </remarks>
public sealed partial record CorpusCase(string Id, string Target, string Mutation, string Argument, string Expected, long? Line, string Field, string AcceptedCheck, string Why)
{
    public bool ExpectRefusal => Expected == "refused";

    public static IReadOnlyList<CorpusCase> Load(string csvPath)
    {
        var cases = new List<CorpusCase>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csvPath);
        foreach (var row in reader)
        {
            var line = row["line"].ToString();
            cases.Add(new CorpusCase(row["id"].ToString(), row["target"].ToString(), row["mutation"].ToString(), row["argument"].ToString(),
                row["expected"].ToString(), line.Length == 0 ? null : long.Parse(line, CultureInfo.InvariantCulture), row["field"].ToString(),
                row["accepted_check"].ToString(), row["why"].ToString()));
        }

        return cases;
    }

    /// <summary>Applies the mutation to <paramref name="dataDir"/>, a copy of the valid corpus.</summary>
    public void Apply(string dataDir, string casesDir)
    {
        var path = Path.Combine(dataDir, Target);
        var gz = Target.EndsWith(".gz", StringComparison.Ordinal);
        switch (Mutation)
        {
            case "truncate-bytes":
                // A negative count cuts that many bytes off the end (a download that stopped short).
                var raw = File.ReadAllBytes(path);
                var keep = int.Parse(Argument, CultureInfo.InvariantCulture);
                File.WriteAllBytes(path, raw[..(keep < 0 ? raw.Length + keep : keep)]);
                return;
            case "uncompressed":
                File.WriteAllBytes(path, ReadContent(path, gz));
                return;
            case "garbage":
                var bytes = new byte[int.Parse(Argument, CultureInfo.InvariantCulture)];
                new Random(Id.GetHashCode(StringComparison.Ordinal) & 0x7fff).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                return;
            case "empty":
                File.WriteAllBytes(path, []);
                return;
            case "delete-file":
                File.Delete(path);
                return;
            case "delete-dir":
                // A whole source folder removed (the issue's partial data folder: ga/ and ga_sc/ gone).
                Directory.Delete(path, recursive: true);
                return;
            case "directory":
                File.Delete(path);
                Directory.CreateDirectory(path);
                return;
            case "fifo":
                // A named pipe: opening it would block until something writes to it.
                File.Delete(path);
                using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
                {
                    mkfifo.WaitForExit();
                }

                return;
            case "symlink":
                // A link to a device such as /dev/zero, which never ends.
                File.Delete(path);
                File.CreateSymbolicLink(path, Argument);
                return;
            case "oversize":
                // A file larger than its source's bound (MiB given): valid text, padded with blank lines at the end.
                var valid = ReadContent(path, gz);
                using (var big = File.OpenWrite(path))
                {
                    big.Write(valid);
                    var pad = new byte[1024 * 1024];
                    Array.Fill(pad, (byte)'\n');
                    for (var i = 0; i < int.Parse(Argument, CultureInfo.InvariantCulture); i++)
                    {
                        big.Write(pad);
                    }
                }

                return;
            case "gzip-bomb":
                // A small gzip file that expands past the bound (MiB given): the valid rows, then blank lines.
                var rows = ReadContent(path, gz: true);
                using (var bomb = new GZipStream(File.Create(path), CompressionLevel.Fastest))
                {
                    bomb.Write(rows);
                    var blank = new byte[1024 * 1024];
                    Array.Fill(blank, (byte)'\n');
                    for (var i = 0; i < int.Parse(Argument, CultureInfo.InvariantCulture); i++)
                    {
                        bomb.Write(blank);
                    }
                }

                return;
            case "add-file":
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                WriteContent(path, gz, File.ReadAllBytes(Path.Combine(casesDir, Argument)));
                return;
            default:
                break;
        }

        var content = ReadContent(path, gz);
        WriteContent(path, gz, Mutate(content, casesDir));
    }

    private byte[] Mutate(byte[] content, string casesDir)
    {
        var text = Encoding.UTF8.GetString(content);
        switch (Mutation)
        {
            case "replace":
            case "replace-all":
                var (old, replacement) = Pair(Argument);
                Require(text.Contains(old, StringComparison.Ordinal), $"'{old}' is not in {Target}");
                return Utf8(Mutation == "replace" ? ReplaceFirst(text, old, Expand(replacement)) : text.Replace(old, Expand(replacement), StringComparison.Ordinal));
            case "replace-bytes":
                var (marker, hex) = Pair(Argument);
                var at = IndexOf(content, Utf8(marker));
                Require(at >= 0, $"'{marker}' is not in {Target}");
                return [.. content[..at], .. Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)), .. content[(at + Utf8(marker).Length)..]];
            case "prefix-bytes":
                return [.. Convert.FromHexString(Argument.Replace(" ", "", StringComparison.Ordinal)), .. content];
            case "truncate-after":
                var cut = text.IndexOf(Regex.Unescape(Argument), StringComparison.Ordinal);
                Require(cut >= 0, $"'{Argument}' is not in {Target}");
                return Utf8(text[..(cut + Regex.Unescape(Argument).Length)]);
            case "encode":
                return Argument switch
                {
                    "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                    "utf-16le" => Encoding.Unicode.GetBytes(text),
                    "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
                    "utf-32le-bom" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
                    "latin1" => Encoding.Latin1.GetBytes(text),
                    _ => throw new InvalidOperationException($"{Id}: unknown encoding {Argument}"),
                };
            case "keep-lines":
                // The first N lines (the header and N-1 rows): a file that lost most of its rows.
                return Utf8(string.Join('\n', text.Split('\n').Take(int.Parse(Argument, CultureInfo.InvariantCulture))) + "\n");
            case "header-only":
                return Utf8(text[..(text.IndexOf('\n', StringComparison.Ordinal) + 1)]);
            case "append":
                return Utf8(text + Expand(Argument));
            case "literal":
                return File.ReadAllBytes(Path.Combine(casesDir, Argument));
            case "swap-lines":
            case "duplicate-line":
            case "delete-line":
                var lines = text.Split('\n').ToList();
                var n = Argument.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture) - 1).ToArray();
                if (Mutation == "swap-lines")
                {
                    (lines[n[0]], lines[n[1]]) = (lines[n[1]], lines[n[0]]);
                }
                else if (Mutation == "duplicate-line")
                {
                    lines.Insert(n[0], lines[n[0]]);
                }
                else
                {
                    lines.RemoveAt(n[0]);
                }

                return Utf8(string.Join('\n', lines));
            default:
                throw new InvalidOperationException($"{Id}: unknown mutation {Mutation}");
        }
    }

    /// <summary><c>{huge:N}</c> stands for N letters, so a 5 MB field need not be written out in the CSV.</summary>
    private static string Expand(string s)
    {
        s = Regex.Unescape(s);
        return HugeToken().Replace(s, m => new string('x', int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
    }

    private static (string Old, string New) Pair(string argument)
    {
        var i = argument.IndexOf("=>", StringComparison.Ordinal);
        return (Regex.Unescape(argument[..i]), argument[(i + 2)..]);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var i = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, i), replacement, text.AsSpan(i + old.Length));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    private void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"case {Id}: {problem}");
        }
    }

    internal static byte[] ReadContent(string path, bool gz)
    {
        if (!gz)
        {
            return File.ReadAllBytes(path);
        }

        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    internal static void WriteContent(string path, bool gz, byte[] content)
    {
        if (!gz)
        {
            File.WriteAllBytes(path, content);
            return;
        }

        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(content);
    }

    [GeneratedRegex(@"\{huge:(\d+)\}")]
    private static partial Regex HugeToken();
}
