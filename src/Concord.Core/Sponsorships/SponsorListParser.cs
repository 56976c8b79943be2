using System.Text;
using System.Text.RegularExpressions;
using Concord.States;

namespace Concord.Sponsorships;

/// <summary>Reads one entry of a DGACM sponsor list into the sponsors it names.</summary>
/// <remarks>
/// <para>
/// Most entries are one upper-case UN name (<c>RUSSIAN FEDERATION</c>), mapped with the <see cref="StateRegistry"/> on
/// the resolution's date. But the lists are extracted from the documents and carry what the documents say around the
/// names, so an entry is read in this order:
/// </para>
/// <list type="number">
/// <item>An organ's sentence ("SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY", "the representative of Ghana, on
/// behalf of the Bureau", "EGYPT (IN ITS CAPACITY AS CHAIR OF THE COMMITTEE ...)", "PARAGUAY (ON BEHALF OF ... MEMBERS OF
/// THE BUREAU OF THE DISARMAMENT COMMISSION)") is one non-state sponsor: the text was put forward by an office of the
/// Assembly, not by a state in its own name nor for a group of states.</item>
/// <item>The whole entry as one state, possibly "on behalf of" a group ("UGANDA (ON BEHALF OF ... THE GROUP OF 77 AND
/// CHINA)": the state is the sponsor, the group is kept beside it). "THE GAMBIA" and "BAHAMAS (THE)" lose their article.</item>
/// <item>Else the entry is a list in a sentence (sessions 79–80 write "Australia, Austria, ... and Türkiye" as one
/// entry): it is split at commas outside parentheses (", on behalf of ..." stays with its state), and each piece at
/// " and " outside parentheses where both sides are sponsors ("Trinidad and Tobago and Uruguay").</item>
/// </list>
/// <para>
/// A piece that still names no state is <see cref="SponsorClass.Unmapped"/> with its text (the states after an " and "
/// in it are still read): never guessed into a state
/// ("GE RMANY", "SOLOMON" and "ISLANDS" on two lines), never dropped. Only blank entries are skipped: they name nothing.
/// </para>
/// </remarks>
public sealed partial class SponsorListParser(StateRegistry states)
{
    /// <summary>The sponsors one list entry names, in the order written; empty for a blank entry.</summary>
    /// <param name="on">The resolution's date: a name is mapped to the state that bore it that day.</param>
    public IReadOnlyList<SponsorName> Parse(string entry, DateOnly? on)
    {
        // Nearly every entry is one state's name exactly as the register knows it: one cached lookup, no pattern.
        if (states.TryResolve(entry, on, out var named))
        {
            return [SponsorName.OfState(Tidy(entry), named.Code)];
        }

        var text = Tidy(entry);
        if (text.Length == 0)
        {
            return [];
        }

        if (OrganSentence().IsMatch(text))
        {
            return [SponsorName.OfOrgan(text)];
        }

        if (One(text, on) is { } whole)
        {
            return [whole];
        }

        var result = new List<SponsorName>();
        foreach (var piece in SplitAtCommas(text))
        {
            result.AddRange(Joined(piece, on) ?? Partly(piece, on));
        }

        return result;
    }

    /// <summary>A piece that is not all sponsors: the sponsors after an " and " are still read ("Germ any and
    /// Uruguay" is Uruguay and the unmapped "Germ any"); what is left is one unmapped name.</summary>
    private List<SponsorName> Partly(string piece, DateOnly? on)
    {
        foreach (var at in AndsOutsideParentheses(piece))
        {
            var left = piece[..at].Trim();
            if (left.Length > 0 && Joined(piece[(at + And.Length)..].Trim(), on) is { } rest)
            {
                rest.Insert(0, SponsorName.NotMapped(left));
                return rest;
            }
        }

        return [SponsorName.NotMapped(piece)];
    }

    /// <summary>A piece as one sponsor, or as sponsors joined by " and " (each side must be one); null when it is neither.</summary>
    private List<SponsorName>? Joined(string piece, DateOnly? on)
    {
        if (One(piece, on) is { } single)
        {
            return [single];
        }

        foreach (var at in AndsOutsideParentheses(piece))
        {
            if (One(piece[..at].Trim(), on) is not { } left)
            {
                continue;
            }

            if (Joined(piece[(at + And.Length)..].Trim(), on) is { } rest)
            {
                rest.Insert(0, left);
                return rest;
            }
        }

        return null;
    }

    /// <summary>A state, alone or on behalf of a group; null when the text names no state.</summary>
    private SponsorName? One(string text, DateOnly? on)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var m = OnBehalf().Match(text);
        if (m.Success && Balanced(m.Groups["group"].Value))
        {
            return StateCode(m.Groups["who"].Value, on) is { } code ? SponsorName.OfState(text, code, GroupName(m.Groups["group"].Value)) : null;
        }

        return StateCode(text, on) is { } own ? SponsorName.OfState(text, own) : null;
    }

    private string? StateCode(string name, DateOnly? on)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return null;
        }

        if (states.TryResolve(name, on, out var state))
        {
            return state.Code;
        }

        // The article the documents put before some names: "THE GAMBIA", "THE UNITED KINGDOM", glued on in
        // "THEREPUBLIC OF KOREA"; after the name in "BAHAMAS (THE)". No state's name begins with "THE".
        if (name.StartsWith("THE", StringComparison.OrdinalIgnoreCase) && name.Length > 3 && states.TryResolve(name[3..].Trim(), on, out state))
        {
            return state.Code;
        }

        if (name.EndsWith("(THE)", StringComparison.OrdinalIgnoreCase) && states.TryResolve(name[..^5].Trim(), on, out state))
        {
            return state.Code;
        }

        return null;
    }

    private const string And = " AND ";

    private static IEnumerable<int> AndsOutsideParentheses(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c == ' ' && string.Compare(text, i, And, 0, And.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return i;
            }
        }
    }

    /// <summary>The entry cut at commas outside parentheses; a piece that begins "on behalf of" stays with the one before it.</summary>
    private static List<string> SplitAtCommas(string text)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == ',' && (depth == 0 || i == text.Length))
            {
                var piece = text[start..i].Trim();
                start = i + 1;
                if (piece.Length == 0)
                {
                    continue;
                }

                if (pieces.Count > 0 && BehalfStart().IsMatch(piece))
                {
                    pieces[^1] += ", " + piece;
                }
                else
                {
                    pieces.Add(piece);
                }
            }
        }

        return pieces;
    }

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>The group's own name, upper case: "GROUP OF 77 AND CHINA", not "the States Members of the United Nations that are members of the Group of 77 and China".</summary>
    private static string GroupName(string text)
    {
        var upper = Tidy(text).ToUpperInvariant();
        return MembersPreamble().Replace(upper, "").Trim();
    }

    /// <summary>Spaces tidied (no-break spaces, doubled spaces, a space inside parentheses), empty "( )" and trailing commas or full stops removed.</summary>
    internal static string Tidy(string raw)
    {
        if (IsTidy(raw))
        {
            return raw;
        }

        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            var ch = char.IsWhiteSpace(c) ? ' ' : c;
            if (ch == ' ' && (sb.Length == 0 || sb[^1] is ' ' or '('))
            {
                continue;
            }

            if (ch == ')' && sb.Length > 0 && sb[^1] == ' ')
            {
                sb.Length--;
            }

            sb.Append(ch);
        }

        var text = sb.ToString().Replace("()", "", StringComparison.Ordinal);
        return text.Trim().TrimEnd(',', ';', '.').Trim();
    }

    /// <summary>Whether <see cref="Tidy"/> would leave the text as it is (most names): checked without allocating.</summary>
    private static bool IsTidy(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] is ' ' or ',' or ';' or '.')
        {
            return text.Length == 0;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c != ' ' && char.IsWhiteSpace(c)) || (c == ' ' && text[i - 1] is ' ' or '(') || (c == ')' && i > 0 && text[i - 1] is ' ' or '('))
            {
                return false;
            }
        }

        return true;
    }

    // The sentences by which the documents name an organ or office as the author of the text.
    [GeneratedRegex(@"^(?:WAS\s+)?SUBMITTED\s+BY\b|^INTRODUCED\s+IN\s+THE\s+COMMITTEE\s+BY\b|^THE\s+REPRESENTATIVE\s+OF\b|^ON\s+THE\s+BASIS\s+OF\b|\bON\s+BEHALF\s+OF\s+THE\s+BUREAU\b|\bMEMBERS\s+OF\s+THE\s+BUREAU\s+OF\b|\(IN\s+ITS\s+CAPACITY\s+AS\b|\bAND\s+ON\s+THE\s+BASIS\s+OF\s+INFORMAL\s+CONSULTATIONS\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrganSentence();

    // "UGANDA (ON BEHALF OF ...)", "GUINEA, ON BEHALF OF ...", and the slip "SENEGAL (OF BEHALF OF ...)".
    [GeneratedRegex(@"^(?<who>.+?)\s*(?:\(|,)\s*O[NF]\s+BEHALF\s+OF\s+(?<group>.+?)\s*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OnBehalf();

    [GeneratedRegex(@"^O[NF]\s+BEHALF\s+OF\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BehalfStart();

    [GeneratedRegex(@"^(?:THE\s+)?(?:STATES\s+MEMBERS\s+OF\s+THE\s+UNITED\s+NATIONS\s+THAT\s+ARE\s+MEMBERS\s+OF\s+)?(?:THE\s+MEMBERS\s+OF\s+)?(?:THE\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex MembersPreamble();
}
