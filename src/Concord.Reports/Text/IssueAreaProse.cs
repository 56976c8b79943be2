namespace Concord.Reports.Text;

/// <summary>An issue area's name inside a sentence: lower case, except where the name starts with a proper noun.</summary>
/// <remarks>
/// "Human rights" reads "human rights" mid-sentence, but "Palestinian conflict", "UN membership" or "Middle East" keep
/// their capitals. A first word written in capitals (an acronym: UN, DPRK) or starting a place or people's name is kept.
/// </remarks>
public static class IssueAreaProse
{
    // First words of area names that are proper nouns (places, peoples, organisations): kept capitalised.
    private static readonly HashSet<string> s_properFirstWords = new(StringComparer.Ordinal)
    {
        "Palestine", "Palestinian", "Middle", "Ukraine", "Syria", "Iran", "Israel", "Israeli", "Korea", "Korean", "Africa", "African", "Cuba", "Myanmar", "Afghanistan",
    };

    public static string InSentence(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? name : name[..space];
        var acronym = first.Length > 1 && first.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return acronym || s_properFirstWords.Contains(first) || name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
