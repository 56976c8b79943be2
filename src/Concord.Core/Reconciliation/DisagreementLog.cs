using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>The disagreements found while reconciling, in the order they were found.</summary>
internal sealed class DisagreementLog
{
    private readonly List<Disagreement> _items = [];

    public IReadOnlyList<Disagreement> Items => _items;

    public void Add(Disagreement d) => _items.Add(d);

    /// <summary>Points the items of decisions whose key changed (a symbol found not to be the UN's) at the new key.</summary>
    public void Rekey(IReadOnlyDictionary<string, string> keys, IReadOnlyDictionary<string, string?> symbols)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (keys.TryGetValue(_items[i].DecisionKey, out var key))
            {
                _items[i] = _items[i] with { DecisionKey = key, Symbol = symbols.GetValueOrDefault(key) };
            }
        }
    }

    /// <summary>A field on which a merged decision and an incoming source record differ.</summary>
    public void Field(CanonicalDecision c, string field, string? state, Provenance a, string valueA, SourceDecision b, string valueB, string kept) =>
        _items.Add(new Disagreement(c.Key, c.Symbol ?? b.Symbol, field, state, a.Source, valueA, a.File, a.Line, b.Source, valueB, b.File, b.Line, kept));

    /// <summary>A member's vote on which two records differ.</summary>
    public void Vote(CanonicalDecision c, string? symbol, string state, SourceId sourceA, string valueA, string fileA, long lineA, SourceId sourceB, string valueB, string fileB, long lineB, string kept) =>
        _items.Add(new Disagreement(c.Key, symbol ?? c.Symbol, "vote", state, sourceA, valueA, fileA, lineA, sourceB, valueB, fileB, lineB, kept));
}
