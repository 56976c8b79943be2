using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Speeches;
using Concord.States;

namespace Concord.Sources;

/// <summary>Reads the UN General Debate Corpus (Jankin, Baturo &amp; Dasandi) from its <c>.tar.gz</c> as a stream:
/// one English text per state and session, nothing unpacked to disk.</summary>
/// <remarks>
/// <para>Entries are named <c>…/Session NN - YYYY/ISO3_NN_YYYY.txt</c>; the session and year in the name must agree
/// with the folder's and with each other (session N opened in 1945 + N). The corpus's README, the speakers' workbook and
/// the folders are passed over; any other entry in a session folder is refused, as is a link, a second speech of the
/// same code in a session, an entry over <see cref="MaxEntryBytes"/>, more than <see cref="MaxEntries"/> entries, text
/// that is not UTF-8, and a code that is neither a state Concord knows nor one of the <see cref="Observers"/>.</para>
/// <para>A code is read as of the day the debate opened (<see cref="DebateDay"/>), through the same dated aliases as the
/// votes: <c>CHN</c> is the Republic of China (<c>TWN</c>) up to 1971 (its 1971 speech is the ROC's, given before
/// A/RES/2758 of 25 October), <c>RUS</c> is the USSR (<c>SUN</c>) up to 1991, <c>YUG</c> is Serbia and Montenegro in
/// 2003–2005.</para>
/// <para>All or nothing: the speeches are returned only when the whole archive was read; a damaged archive is refused
/// naming the file and the entry being read, so no half corpus reaches the database.</para>
/// </remarks>
public sealed partial class SpeechCorpusReader(StateRegistry states)
{
    public const string File = "speeches/ungdc_1946-2024.tar.gz";

    /// <summary>The real corpus has about 11,000 entries; ten times that is a wrong file.</summary>
    public const int MaxEntries = 120_000;

    /// <summary>The longest real speech is 127 KB; a speech is bounded at 4 MiB.</summary>
    public const int MaxEntryBytes = 4 * 1024 * 1024;

    /// <summary>Speakers in the corpus that are not states of Concord's registry: they keep their filed code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Observers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EU"] = "European Union (observer)",
        ["VAT"] = "Holy See (observer State)",
    };

    /// <summary>The day a session's General Debate is read as of: 1 October (the debates open in the second half of
    /// September and run into October; the China seat changed hands on 25 October 1971, after the 1971 debate).</summary>
    public static DateOnly DebateDay(int year) => new(year, 10, 1);

    [GeneratedRegex(@"(?:^|/)Session (\d{2}) - (\d{4})/([^/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionEntry();

    [GeneratedRegex(@"^([A-Z]{2,3})_(\d{1,2})_(\d{4})\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechName();

    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every speech of the archive in <paramref name="dataDir"/>, in archive order.</summary>
    public IReadOnlyList<SpeechText> Read(string dataDir)
    {
        using var file = SourceFile.OpenRead(dataDir, File);
        return Read(file, File);
    }

    /// <summary>Every speech of a <c>.tar.gz</c> stream; <paramref name="name"/> is the file named in a refusal.</summary>
    public IReadOnlyList<SpeechText> Read(Stream archive, string name)
    {
        var bound = SourceBounds.For(File).MaxExpandedBytes;
        var speeches = new List<SpeechText>(12_000);
        var seen = new Dictionary<(string, int), string>();
        var entries = 0;
        string? current = null;
        var buffer = new byte[64 * 1024];
        try
        {
            using var gz = new BoundedStream(new GZipStream(archive, CompressionMode.Decompress, leaveOpen: true), bound, name, "(gzip)", "decompressed, the archive");
            using var tar = new TarReader(gz);
            while (tar.GetNextEntry(copyData: false) is { } entry)
            {
                current = entry.Name;
                if (++entries > MaxEntries)
                {
                    throw Refuse(name, current, $"the archive holds more than {MaxEntries:N0} entries (the wrong file?)");
                }

                var speech = Classify(entry, name);
                if (speech is not { } id)
                {
                    continue;
                }

                if (entry.Length > MaxEntryBytes)
                {
                    throw Refuse(name, current, $"is {SourceBounds.Describe(entry.Length)}, over the bound of {SourceBounds.Describe(MaxEntryBytes)} for one speech");
                }

                if (seen.TryGetValue((id.Filed, id.Session), out var earlier))
                {
                    throw Refuse(name, current, $"a second speech of {id.Filed} in session {id.Session} (the first is '{earlier}')");
                }

                seen[(id.Filed, id.Session)] = current;
                var length = (int)entry.Length;
                if (buffer.Length < length)
                {
                    buffer = new byte[Math.Max(length, buffer.Length * 2)];
                }

                if (entry.DataStream is not { } data)
                {
                    throw Refuse(name, current, "has no data");
                }

                data.ReadExactly(buffer, 0, length);
                string text;
                try
                {
                    // A byte-order mark is dropped (about a third of the files start with one).
                    var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
                    text = s_strict.GetString(buffer, start, length - start);
                }
                catch (DecoderFallbackException e)
                {
                    throw Refuse(name, current, $"is not UTF-8 text (byte {e.Index} of the entry)");
                }

                speeches.Add(new SpeechText(id.Filed, id.State, id.Session, id.Year, current, text));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or EndOfStreamException)
        {
            throw Refuse(name, current, $"the archive is damaged or cut short after {entries:N0} entries: {e.Message}");
        }

        if (speeches.Count == 0)
        {
            throw new MalformedSourceException(name, 0, "(archive)", "holds no speech (no entry named Session NN - YYYY/ISO3_NN_YYYY.txt)");
        }

        return speeches;
    }

    private readonly record struct SpeechId(string Filed, string State, int Session, int Year);

    /// <summary>The speech an entry holds; null for an entry that is not one (a folder, the README, the workbook).</summary>
    private SpeechId? Classify(TarEntry entry, string name)
    {
        if (entry.EntryType is TarEntryType.Directory)
        {
            return null;
        }

        var folder = SessionEntry().Match(entry.Name);
        if (!folder.Success)
        {
            return null;
        }

        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
        {
            throw Refuse(name, entry.Name, $"is a {entry.EntryType}, not a file: a speech must be a plain file");
        }

        var fileName = folder.Groups[3].Value;
        if (fileName.StartsWith("._", StringComparison.Ordinal) || fileName == ".DS_Store")
        {
            // macOS metadata that copies of the corpus sometimes carry: not a speech.
            return null;
        }

        var m = SpeechName().Match(fileName);
        if (!m.Success)
        {
            throw Refuse(name, entry.Name, "is not named ISO3_NN_YYYY.txt (a state's code, the session, the year)");
        }

        var session = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        var folderSession = int.Parse(folder.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var folderYear = int.Parse(folder.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        if (session != folderSession || year != folderYear || year != UnCalendar.SessionOpeningYear(session))
        {
            throw Refuse(name, entry.Name, $"session {session} of {year} does not match its folder (session {folderSession} of {folderYear}; session N opened in 1945 + N)");
        }

        var filed = m.Groups[1].Value;
        string state;
        if (Observers.ContainsKey(filed))
        {
            state = filed;
        }
        else if (states.TryResolve(filed, DebateDay(year), out var s))
        {
            state = SeatHolder(s.Code, DebateDay(year));
        }
        else
        {
            throw Refuse(name, entry.Name, $"'{filed}' is not a state Concord knows on {DebateDay(year):yyyy-MM-dd}, nor an observer ({string.Join(", ", Observers.Keys)})");
        }

        return new SpeechId(filed, state, session, year);
    }

    /// <summary>Who held <paramref name="code"/>'s seat on <paramref name="day"/>: the corpus files a seat under its
    /// holder's current code (the ROC's speeches as <c>CHN</c>, the USSR's as <c>RUS</c>), the votes under the holder
    /// of the day; following the seat's continuations and transfer back to the day gives the votes' code.</summary>
    private string SeatHolder(string code, DateOnly day)
    {
        var current = code;
        for (var guard = 0; guard < 8; guard++)
        {
            var link = states.Successions.FirstOrDefault(s => s.State == current && s.Kind is SuccessionKind.Continuation or SuccessionKind.SeatTransfer && day < s.From);
            if (link is null)
            {
                break;
            }

            current = link.Predecessor;
        }

        return current;
    }

    private static MalformedSourceException Refuse(string file, string? entry, string problem) =>
        new(file, 0, entry is null ? "(archive)" : $"entry '{entry}'", problem);
}
