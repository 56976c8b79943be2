using System.Reflection;
using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Reports.Text;

/// <summary>The names a reader uses for a state in prose ("Russia", "the United States"), beside its UN name.</summary>
/// <remarks>
/// The registry keeps the UN's names ("Russian Federation"), which identify a state without doubt but read stiffly
/// when repeated. The brief names a state by its UN name once and by its short name afterwards. Short names come from
/// short_names.csv, each row with its source; a state without a row is called by its UN name.
/// </remarks>
public static class ReaderNames
{
    private static readonly Lazy<Dictionary<string, (string Short, bool TakesThe)>> s_names = new(Load);

    /// <summary>The short name in running text, with its article when it takes one ("the United States").</summary>
    public static string InProse(State state) =>
        s_names.Value.TryGetValue(state.Code, out var n) ? (n.TakesThe ? "the " + n.Short : n.Short) : state.Name;

    /// <summary>Whether the short-names list has a name for the state (else prose uses the UN name).</summary>
    public static bool HasShortName(string code) => s_names.Value.ContainsKey(code);

    /// <summary>The short name without its article ("United States"), for labels; the UN name when there is none.</summary>
    public static string Label(State state) =>
        s_names.Value.TryGetValue(state.Code, out var n) ? n.Short : state.Name;

    /// <summary>The short name at the start of a sentence or a title ("The United States").</summary>
    public static string AtStart(State state) => Capitalise(InProse(state));

    /// <summary>The short name followed, once, by the UN name when the two differ: "Russia (UN name: Russian Federation)".</summary>
    public static string WithUnName(State state)
    {
        var prose = InProse(state);
        return s_names.Value.TryGetValue(state.Code, out var n) && !string.Equals(n.Short, state.Name, StringComparison.Ordinal)
            ? $"{prose} (UN name: {state.Name})"
            : prose;
    }

    /// <summary>A group as prose names it: "the European Union", "the SCO", "BRICS" (a name that takes no article).</summary>
    public static string GroupInProse(Concord.Domain.StateGroup group) => group.Code switch
    {
        "EU" => "the European Union",
        "BRICS" => "BRICS",
        "P5" => "the permanent members",
        _ => "the " + group.Code,
    };

    /// <summary>A group at the start of a sentence ("The European Union", "BRICS").</summary>
    public static string AtStart(Concord.Domain.StateGroup group) => Capitalise(GroupInProse(group));

    /// <summary>A group's label for charts and tables: "European Union", "SCO", "BRICS".</summary>
    public static string GroupLabel(Concord.Domain.StateGroup group) => group.Code switch
    {
        "EU" => "European Union",
        "P5" => "Permanent members",
        _ => group.Code,
    };

    /// <summary>A group's full name once, without the parenthesis of its history: "Shanghai Cooperation Organisation".</summary>
    public static string GroupFullName(Concord.Domain.StateGroup group)
    {
        var at = group.Name.IndexOf(" (", StringComparison.Ordinal);
        return at > 0 ? group.Name[..at] : group.Name;
    }

    /// <summary>The text with its first letter in capitals ("The United States").</summary>
    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static Dictionary<string, (string, bool)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Concord.Reports.short_names.csv")
            ?? throw new InvalidOperationException("The embedded short_names.csv is missing.");
        using var text = new StreamReader(stream);
        var names = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(text);
        foreach (var row in reader)
        {
            names[row["code"].ToString()] = (row["short_name"].ToString(), bool.Parse(row["takes_the"].ToString()));
        }

        return names;
    }
}
