using Concord.Store;

// A deliberately wrong type: it sits in the Domain namespace and uses the Store above it (a back-reference and a
// namespace cycle, since the Store uses the Domain). Only
// LayerTest.Rules_ReportABackReference loads it (with the core), to show that the layer rules can fail.
namespace Concord.Domain;

internal static class LayerBackReference
{
    public static string PathOf(ConcordDatabase db) => db.Path;
}
