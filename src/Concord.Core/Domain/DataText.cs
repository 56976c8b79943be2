namespace Concord.Domain;

/// <summary>Text from a source as it may be stored and shown: without control characters.</summary>
/// <remarks>
/// A title with ESC or BEL in it would reach a terminal as a control sequence (from <c>show</c>, a table, a CSV piped to
/// a pager). No field of the record needs one: a tab, line feed or carriage return becomes a space, every other control
/// character (C0, DEL, C1) is dropped. Sync cleans the text it stores and counts the fields it changed
/// (<c>data check</c>); output cleans again, for text that did not come through sync.
/// </remarks>
public static class DataText
{
    public static string? Clean(string? text)
    {
        if (text is null || !HasControl(text))
        {
            return text;
        }

        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r')
            {
                chars[n++] = ' ';
            }
            else if (!IsControl(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    public static bool HasControl(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F);
}
