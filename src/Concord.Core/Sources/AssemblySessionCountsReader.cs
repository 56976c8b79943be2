using System.Globalization;

namespace Concord.Sources;

/// <summary>Reads the UN Library's count of resolutions adopted by recorded vote in each General Assembly session
/// (<c>reference/undl_ga_v5/session_counts.csv</c>, from its General Assembly Voting Data v5): the control total the
/// record is reconciled with.</summary>
public static class AssemblySessionCountsReader
{
    public const string File = "reference/undl_ga_v5/session_counts.csv";

    /// <summary>Version 5 holds resolutions 1 to 80/246, the last adopted on 30 Dec 2025: the 80th session is counted
    /// to that day only (data README, section 11.1).</summary>
    public static readonly DateOnly CountedTo = new(2025, 12, 30);

    /// <summary>The counts by session ("1", "26", "ES-10", "S-4"), or null when the file is not in the data folder.</summary>
    public static AssemblySessionCounts? Read(string dataDir)
    {
        if (!System.IO.File.Exists(Path.Combine(dataDir, File)))
        {
            return null;
        }

        var counts = new Dictionary<string, SessionCount>(StringComparer.Ordinal);
        using var csv = CsvSource.Open(dataDir, File);
        int cSession = csv.Column("session"), cCount = csv.Column("resolutions_with_recorded_vote");
        foreach (var row in csv.Reader)
        {
            if (!csv.Accept(row))
            {
                continue;
            }

            var session = row[cSession].ToString().Trim();
            if (!IsSession(session))
            {
                throw csv.Error(row, "session", $"'{session}' is not a session (1, 26, ES-10, S-4)");
            }

            if (!int.TryParse(row[cCount].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 1000)
            {
                throw csv.Error(row, "resolutions_with_recorded_vote", $"'{row[cCount]}' is not a count of resolutions (0 to 1000)");
            }

            if (!counts.TryAdd(session, new SessionCount(n, row.LineNumberFrom)))
            {
                throw csv.Error(row, "session", $"session {session} is listed twice (first on line {counts[session].Line})");
            }
        }

        return new AssemblySessionCounts(counts, CountedTo);
    }

    private static bool IsSession(string s)
    {
        var digits = s.StartsWith("ES-", StringComparison.Ordinal) ? s[3..] : s.StartsWith("S-", StringComparison.Ordinal) ? s[2..] : s;
        return digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit) && digits[0] != '0';
    }
}

/// <summary>The UN Library's count of a session's resolutions adopted by recorded vote, and the line it is on.</summary>
public readonly record struct SessionCount(int Resolutions, long Line);

/// <summary>The UN Library's per-session counts, and the last day they cover.</summary>
public sealed record AssemblySessionCounts(IReadOnlyDictionary<string, SessionCount> BySession, DateOnly CountedTo)
{
    public string File => AssemblySessionCountsReader.File;
}
