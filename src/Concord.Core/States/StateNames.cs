using System.Globalization;
using System.Text;

namespace Concord.States;

/// <summary>The one normal form in which state names from different sources are compared.</summary>
/// <remarks>
/// Sources spell the same state with and without diacritics ("CÔTE D'IVOIRE"), with curly or straight
/// apostrophes, with "&amp;" or "and", in any case. Normalising both sides once keeps the alias file
/// short and the lookup a single dictionary probe.
/// </remarks>
public static class StateNames
{
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        var lastWasSpace = true;
        foreach (var raw in name.Replace("&", " & ", StringComparison.Ordinal))
        {
            var c = Fold(char.ToUpperInvariant(raw));
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = c switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '&' => '\0',
                _ => char.ToUpperInvariant(c),
            };
            if (ch == '\0')
            {
                sb.Append(lastWasSpace ? "AND" : " AND");
                lastWasSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            sb.Append(ch);
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    // Concord runs with invariant globalization, where string.Normalize cannot decompose accents; the
    // letters that occur in state names are folded by table instead.
    private const string Accented = "ÀÁÂÃÄÅĀĂĄÇĆČÈÉÊËĒĖĘĚÌÍÎÏĪİĮıÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰÝŸŠŞŚŽŹŻĞĎŘŤŁ";
    private const string Plain = "AAAAAAAAACCCEEEEEEEEIIIIIIIINNNOOOOOOOOUUUUUUUYYSSSZZZGDRTL";

    private static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? Plain[i] : c;
    }
}
