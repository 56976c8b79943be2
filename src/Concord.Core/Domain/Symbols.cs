using System.Text.RegularExpressions;

namespace Concord.Domain;

/// <summary>One spelling for each UN document symbol, whatever source it came from.</summary>
/// <remarks>
/// Canonical forms: General Assembly resolutions of sessions 1–30 as <c>A/RES/2758(XXVI)</c>, later ones as
/// <c>A/RES/68/262</c>, special and emergency special sessions as <c>A/RES/S-32/1</c> and <c>A/RES/ES-11/1</c>
/// (before the sixth emergency session: <c>A/RES/997(ES-I)</c>); part letters follow without brackets
/// (<c>A/RES/3379(XXX)A</c>, <c>A/RES/37/120K</c>). Council resolutions as <c>S/RES/2448(2018)</c>, drafts as
/// <c>S/2019/186</c>. These are the forms the UN Digital Library uses, without spaces.
/// </remarks>
public static partial class Symbols
{
    private static readonly string[] s_roman =
    [
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX",
    ];

    public static string Roman(int n) => n > 0 && n < s_roman.Length ? s_roman[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int? FromRoman(string roman)
    {
        var i = Array.IndexOf(s_roman, roman);
        return i > 0 ? i : null;
    }

    /// <summary>A General Assembly symbol in canonical form (brackets and spaces removed).</summary>
    public static string NormalizeGa(string symbol)
    {
        var s = symbol.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        s = s.Replace("//", "/", StringComparison.Ordinal);
        s = s.ToUpperInvariant().Replace("SECTION", "Section", StringComparison.Ordinal);

        // Old-style special and emergency sessions take Roman numerals (A/RES/106(S-I)); some sources write A/RES/106(S-1).
        return OldSessionDigits().Replace(s, m => $"({m.Groups["kind"].Value}-{Roman(int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))})");
    }

    /// <summary>The canonical resolution symbol for a roll call of the <c>unvotes</c> data (<c>R/68/262</c>, <c>ESS/10/6</c>, <c>SS/17/2</c>).</summary>
    /// <returns>null when the field holds no recognisable symbol.</returns>
    public static string? FromUnvotes(string unres)
    {
        var m = UnvotesPattern().Match(unres.Trim());
        if (!m.Success)
        {
            return null;
        }

        var kind = m.Groups["kind"].Value;
        var session = int.Parse(m.Groups["session"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var number = m.Groups["number"].Value;
        var part = m.Groups["part"].Value.Trim('/').Replace('/', '-');
        if (kind == "ESS" || m.Groups["es"].Success)
        {
            return session >= 6 ? $"A/RES/ES-{session}/{number}{part}" : $"A/RES/{number}(ES-{Roman(session)}){part}";
        }

        if (kind == "SS")
        {
            return session >= 7 ? $"A/RES/S-{session}/{number}{part}" : $"A/RES/{number}(S-{Roman(session)}){part}";
        }

        return session <= 30 ? $"A/RES/{number}({Roman(session)}){part}" : $"A/RES/{session}/{number}{part}";
    }

    /// <summary>The session a General Assembly resolution symbol belongs to: "68", "26", "ES-11", "S-32".</summary>
    public static string? GaSession(string symbol)
    {
        var m = GaModern().Match(symbol);
        if (m.Success)
        {
            return m.Groups["session"].Value;
        }

        m = GaOld().Match(symbol);
        if (m.Success)
        {
            var prefix = m.Groups["prefix"].Value;
            var n = FromRoman(m.Groups["roman"].Value);
            return n is null ? null : prefix + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>A Security Council resolution or draft symbol in canonical form.</summary>
    public static string NormalizeSc(string symbol)
    {
        var s = symbol.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return s;
    }

    /// <summary>The Council resolution symbol for resolution <paramref name="number"/> adopted in <paramref name="year"/>.</summary>
    public static string ScResolution(int number, int year) => $"S/RES/{number}({year})";

    /// <summary>The resolution number in a Council resolution symbol (<c>S/RES/2448(2018)</c> → 2448).</summary>
    public static int? ScResolutionNumber(string symbol)
    {
        var m = ScResolutionPattern().Match(symbol);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?<kind>R|A/RES|ESS|SS|GOAR)/(?<es>ES-)?(?<session>\d+)/(?<number>\d+)(?<part>.*)$")]
    private static partial Regex UnvotesPattern();

    [GeneratedRegex(@"^A/RES/(?<session>(?:ES-|S-)?\d+)/")]
    private static partial Regex GaModern();

    [GeneratedRegex(@"^A/RES/\d+\((?<prefix>ES-|S-)?(?<roman>[IVXL]+)\)")]
    private static partial Regex GaOld();

    [GeneratedRegex(@"\((?<kind>ES|S)-(?<n>[1-9]\d?)\)")]
    private static partial Regex OldSessionDigits();

    [GeneratedRegex(@"^S/RES/(\d+)")]
    private static partial Regex ScResolutionPattern();
}
