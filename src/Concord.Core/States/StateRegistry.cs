using System.Reflection;
using nietras.SeparatedValues;

namespace Concord.States;

/// <summary>Every state Concord knows, every name the sources use for it, and the successions between them.</summary>
/// <remarks>
/// Lookup order: an alias valid on the given date (aliases carry dates where a name changed meaning:
/// "CHINA" is the Republic of China until 24 Oct 1971), then a state's code, ISO-2 code or name.
/// The tables are the CSV files in <c>Reference/</c>, embedded in the assembly.
/// </remarks>
public sealed class StateRegistry
{
    private readonly Dictionary<string, State> _byCode;
    private readonly Dictionary<string, AliasEntry[]> _aliases;
    private readonly Dictionary<string, string> _plainNames;
    // Sources repeat the same few hundred spellings millions of times: remember each raw spelling's lookup.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lookup> _cache = new(StringComparer.Ordinal);

    private StateRegistry(IReadOnlyList<State> states, IReadOnlyList<(string Alias, AliasEntry Entry)> aliases, IReadOnlyList<Succession> successions)
    {
        States = states;
        Successions = successions;
        // Plain dictionaries: a frozen one would spend longer on its construction than every lookup a command makes.
        _byCode = states.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in states)
        {
            plain.TryAdd(StateNames.Normalize(s.Code), s.Code);
            if (!string.IsNullOrEmpty(s.Iso2))
            {
                plain.TryAdd(StateNames.Normalize(s.Iso2), s.Code);
            }

            plain.TryAdd(StateNames.Normalize(s.Name), s.Code);
        }

        _plainNames = plain;
        _aliases = aliases
            .GroupBy(a => StateNames.Normalize(a.Alias), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Entry).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<State> States { get; }

    public IReadOnlyList<Succession> Successions { get; }

    private static readonly Lazy<StateRegistry> s_default = new(LoadEmbedded);

    /// <summary>The registry built from the tables shipped with Concord.</summary>
    public static StateRegistry Default => s_default.Value;

    public State this[string code] => _byCode.TryGetValue(code, out var s)
        ? s
        : throw new UnknownStateException(code, Closest(code));

    public bool IsKnownCode(string code) => _byCode.ContainsKey(code);

    /// <summary>The state a source means by <paramref name="name"/> on <paramref name="on"/>.</summary>
    /// <exception cref="UnknownStateException">No state answers to the name; the closest names are listed.</exception>
    public State Resolve(string name, DateOnly? on = null) =>
        TryResolve(name, on, out var state) ? state : throw new UnknownStateException(name, Closest(name));

    public bool TryResolve(string name, DateOnly? on, out State state) => TryPick(_cache.GetOrAdd(name, Classify), on, out state);

    /// <summary>The state a name or alias means today, without remembering the text: for input from outside, where
    /// every new string a client sends would otherwise grow the cache.</summary>
    public bool TryFind(string name, out State state) => TryPick(Classify(name), null, out state);

    private bool TryPick(Lookup lookup, DateOnly? on, out State state)
    {
        if (lookup.Dated is { } entries)
        {
            foreach (var e in entries)
            {
                if (on is null ? e.To is null : (e.From is null || on >= e.From) && (e.To is null || on <= e.To))
                {
                    state = _byCode[e.Code];
                    return true;
                }
            }
        }

        if (lookup.Plain is { } plain)
        {
            state = plain;
            return true;
        }

        state = null!;
        return false;
    }

    private Lookup Classify(string name)
    {
        var key = StateNames.Normalize(name);
        _aliases.TryGetValue(key, out var entries);
        State? plain = _plainNames.TryGetValue(key, out var code) ? _byCode[code] : null;
        if (entries is { Length: 1 } && entries[0].From is null && entries[0].To is null)
        {
            return new Lookup(_byCode[entries[0].Code], null);
        }

        return new Lookup(plain, entries);
    }

    private sealed record Lookup(State? Plain, AliasEntry[]? Dated);

    /// <summary>Up to five known codes or names closest to <paramref name="name"/> (edit distance on the normal form).</summary>
    public IReadOnlyList<string> Closest(string name, int count = 5)
    {
        // No state's name is longer than about 60 characters; a longer text is not a misspelling, and an edit
        // distance over 100 kB for every state would take seconds.
        if (name.Length > UnknownStateException.MaxEcho)
        {
            return [];
        }

        var key = StateNames.Normalize(name);
        var candidates = new List<(int Distance, string Label)>();
        foreach (var s in States)
        {
            var d = Math.Min(EditDistance(key, StateNames.Normalize(s.Name)), EditDistance(key, s.Code));
            candidates.Add((d, $"{s.Code} ({s.Name})"));
        }

        foreach (var (alias, entries) in _aliases)
        {
            var d = EditDistance(key, alias);
            candidates.Add((d, $"{entries[^1].Code} ({alias})"));
        }

        return candidates.OrderBy(c => c.Distance).ThenBy(c => c.Label, StringComparer.Ordinal)
            .Select(c => c.Label).Distinct().Take(count).ToList();
    }

    /// <summary>Who holds <paramref name="code"/>'s seat now, following continuations (SUN → RUS, YUG → SCG → SRB); the code itself otherwise.</summary>
    public string SeatHolder(string code)
    {
        var current = code;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current) && Successions.FirstOrDefault(s => s.Predecessor == current && s.Kind == SuccessionKind.Continuation) is { } next)
        {
            current = next.State;
        }

        return current;
    }

    /// <summary>
    /// The states whose votes stand for <paramref name="code"/> between two days when continued seats are joined, in
    /// order: "SUN" for 1946–1990, "SUN RUS" for 1991, "RUS" after; <paramref name="code"/> alone when it has no
    /// predecessor. Each row of a joined analysis says it, since a CSV loses the table's header.
    /// </summary>
    public string VotesOf(string code, DateOnly first, DateOnly last)
    {
        var holders = new List<string>();
        var until = DateOnly.MaxValue;
        var current = code;
        foreach (var link in SeatPredecessors(code))
        {
            // current held the seat from link.From until `until`; before that, the predecessor.
            if (last >= link.From && first < until)
            {
                holders.Add(current);
            }

            until = link.From;
            current = link.Predecessor;
        }

        if (first < until)
        {
            holders.Add(current);
        }

        holders.Reverse();
        return string.Join(" ", holders);
    }

    /// <summary>Predecessors whose seat <paramref name="code"/> continued, with the date the successor took over.</summary>
    public IEnumerable<Succession> SeatPredecessors(string code)
    {
        var current = code;
        var seen = new HashSet<string>();
        while (seen.Add(current))
        {
            var link = Successions.FirstOrDefault(s => s.State == current && s.Kind == SuccessionKind.Continuation);
            if (link is null)
            {
                yield break;
            }

            yield return link;
            current = link.Predecessor;
        }
    }

    private static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    private sealed record AliasEntry(string Code, DateOnly? From, DateOnly? To);

    public static StateRegistry FromCsv(string statesCsv, string aliasesCsv, string successionsCsv)
    {
        var states = new List<State>();
        using (var r = Sep.Reader(o => o with { Unescape = true }).FromText(statesCsv))
        {
            foreach (var row in r)
            {
                states.Add(new State(
                    row["code"].ToString().Trim(),
                    row["name"].ToString().Trim(),
                    NullIfEmpty(row["iso2"].ToString()),
                    int.TryParse(row["cow"].Span, out var cow) ? cow : null,
                    ParseDate(row["dissolved"].ToString())));
            }
        }

        var codes = states.Select(s => s.Code).ToHashSet();
        var aliases = new List<(string, AliasEntry)>();
        using (var r = Sep.Reader(o => o with { Unescape = true }).FromText(aliasesCsv))
        {
            foreach (var row in r)
            {
                var code = row["code"].ToString().Trim();
                if (!codes.Contains(code))
                {
                    throw new InvalidDataException($"state_aliases.csv line {row.LineNumberFrom}: field 'code': '{code}' is not in states.csv.");
                }

                aliases.Add((row["alias"].ToString(), new AliasEntry(code, ParseDate(row["valid_from"].ToString()), ParseDate(row["valid_to"].ToString()))));
            }
        }

        var successions = new List<Succession>();
        using (var r = Sep.Reader(o => o with { Unescape = true }).FromText(successionsCsv))
        {
            foreach (var row in r)
            {
                successions.Add(new Succession(
                    row["state"].ToString().Trim(),
                    row["predecessor"].ToString().Trim(),
                    ParseDate(row["from"].ToString()) ?? throw new InvalidDataException($"successions.csv line {row.LineNumberFrom}: field 'from' is empty."),
                    Enum.Parse<SuccessionKind>(row["kind"].ToString().Trim(), ignoreCase: true),
                    row["source_url"].ToString().Trim(),
                    row["note"].ToString().Trim()));
            }
        }

        return new StateRegistry(states, aliases, successions);
    }

    private static StateRegistry LoadEmbedded() =>
        FromCsv(ReadResource("states.csv"), ReadResource("state_aliases.csv"), ReadResource("successions.csv"));

    internal static string ReadResource(string fileName, string prefix = "Concord.Reference.")
    {
        var asm = Assembly.GetExecutingAssembly();
        using var stream = asm.GetManifestResourceStream(prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded table {prefix}{fileName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateOnly? ParseDate(string s) =>
        string.IsNullOrWhiteSpace(s) ? null : DateOnly.ParseExact(s.Trim(), "yyyy-MM-dd");
}
