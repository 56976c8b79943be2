using System.Text.RegularExpressions;

namespace Concord.Domain;

/// <summary>What a source writes as a decision's title, brought to the title itself.</summary>
/// <remarks>
/// <para>
/// A title is the decision's title. The UN Digital Library's catalogue adds its statement of what the record is
/// ("Reducing nuclear danger : resolution / adopted by the General Assembly"), which the Library scrape (UN DATA.csv)
/// and unvotes' <c>descr</c> keep, with slips ("Assemly", "resolultion", a doubled space) and cut short ("... : resolution /
/// adopted by the"). The scrape also cuts every title longer than 150 characters and marks the cut "[...]", so the
/// catalogue statement is often cut too (": resolutio[...]"), and sometimes the title itself ("... of the Occupied
/// Te[...]"). <see cref="Clean"/> drops the statement, whole or cut; a title cut inside its own words keeps what is left
/// and ends with "…", so that no reader takes it for the whole title.
/// </para>
/// <para>
/// Some unvotes roll calls carry the meeting's verbatim record instead of a title ("We have heard the last speaker in
/// explanation of vote...", "A recorded vote has been requested"). That is not a title: <see cref="IsVerbatim"/> tells
/// it, and the reconciled record keeps it out of the title (<c>SeparateVotes</c> reads the words first, for what the
/// vote was on and for the title the record announces). The decision's kind says what was voted.
/// </para>
/// </remarks>
public static partial class DecisionTitles
{
    /// <summary>The mark of a title cut short, at its end.</summary>
    public const string CutMark = "…";

    /// <summary>The title without the catalogue's statement and the source's cut mark; null when nothing is left.</summary>
    public static string? Clean(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var t = title.Trim();
        var cut = t.EndsWith("[...]", StringComparison.Ordinal);
        if (cut)
        {
            t = t[..^5].TrimEnd();
        }

        var statement = Statement().Match(t);
        if (statement.Success)
        {
            t = t[..statement.Index].TrimEnd();
        }
        else if (cut && CutStatement(t) is { } at)
        {
            // The cut fell inside the catalogue's statement: the title before it is whole.
            t = t[..at].TrimEnd();
        }
        else if (cut && t.Length > 0)
        {
            t = t.TrimEnd(' ', ':', ',', ';') + CutMark;
        }

        t = t.TrimEnd(' ', ':');
        return t.Length == 0 || t == CutMark ? null : t;
    }

    /// <summary>Whether the title was cut short by its source (it ends with <see cref="CutMark"/>).</summary>
    public static bool IsCut(string? title) => title is not null && title.EndsWith(CutMark, StringComparison.Ordinal);

    /// <summary>The title to keep when a source of higher precedence brings <paramref name="incoming"/> and
    /// <paramref name="held"/> is already on the decision: the incoming one, unless it is the held title cut short (then
    /// the whole one stays). For the merge of sources: the Library scrape's cut titles would otherwise override unvotes'
    /// whole ones.</summary>
    public static string? Better(string? held, string? incoming)
    {
        if (incoming is null)
        {
            return held;
        }

        if (held is null || !IsCut(incoming) || IsCut(held))
        {
            return incoming;
        }

        var stem = incoming[..^CutMark.Length];
        return held.Length > stem.Length && Spaces().Replace(held, " ").StartsWith(Spaces().Replace(stem, " "), StringComparison.OrdinalIgnoreCase) ? held : incoming;
    }

    /// <summary>Whether the text is a meeting's verbatim record (the President's words, a call for a recorded vote), not a title.</summary>
    public static bool IsVerbatim(string? text) => text is not null && Verbatim().IsMatch(text);

    /// <summary>Where a catalogue statement cut short begins at the end of <paramref name="text"/> (" : resolutio",
    /// " :", " : resolution / adopted by the Gene"), or null when the text does not end in one.</summary>
    private static int? CutStatement(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var rest = Spaces().Replace(text[(colon + 1)..], " ").TrimStart();
        foreach (var full in s_statements)
        {
            if (full.StartsWith(rest, StringComparison.OrdinalIgnoreCase))
            {
                return colon;
            }
        }

        return null;
    }

    private static readonly string[] s_statements =
    [
        "resolution / adopted by the General Assembly",
        "resolution / adopted by the Security Council",
        "decision / adopted by the General Assembly",
    ];

    // The whole statement, misspelt or cut at a word: ": resolution / adopted by the General Assemly", "Belarus:
    // resolution / adopted by the", " : resolultion / adopted", " : resolution / addopted by ...", " : resolution / by the
    // General Assembly", "... Assembly.". Whatever follows ": resolution /" to the end is the catalogue's.
    [GeneratedRegex(@"\s*:\s*(?:resol\w*|decision)\s*/[^:/]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Statement();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // The President's script and the record's marks: who speaks, what is put to the vote, a recorded vote requested.
    [GeneratedRegex(@"^\s*(?:The (?:Acting )?(?:President|Chairman|Chair|Vice-President)|President)\b|^\s*\(?(?:spoke in|interpretation from) \w+\)?|\b(?:spoke in (?:Arabic|Chinese|English|French|Russian|Spanish)|interpretation from (?:Arabic|Chinese|French|Russian|Spanish))\b|\bA recorded vote has (?:also )?been requested\b|\bWe have heard the last speaker\b|\bI (?:shall|will)\s*now\s*put\b|\bI (?:now|next) put\b|\bThe Assembly will now (?:take|proceed)\b|\bMay I take it that\b|\bI (?:now )?call on the representative\b|\bI give the floor\b|\bin explanation of (?:vote|position)\b|\bWe have thus concluded\b|\bwe shall now proceed\b|\bis entitled\s*[_""“]|\bentitled_", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verbatim();
}
