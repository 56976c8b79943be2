using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace Concord.Tests.Layers;

/// <summary>The layers of Concord.Core, bottom to top, each as the namespaces it holds and the layers it may use
/// (docs/architecture.md draws the same map).</summary>
/// <remarks>The rules are built here once, so that the test on the real core and the test that proves they can fail
/// (on a fixture with a back-reference) check exactly the same thing.</remarks>
internal static class CoreLayers
{
    public sealed record Layer(string Name, string[] Namespaces, string[] MayUse)
    {
        /// <summary>Matches a namespace of the layer and every namespace below it.</summary>
        public string Pattern => $@"^Concord\.({string.Join('|', Namespaces)})(\..+)?$";
    }

    public static readonly Layer[] All =
    [
        new("Domain", ["Domain", "States"], []),
        new("Sources", ["Sources", "Forums", "Reference", "Sponsorships"], ["Domain"]),
        new("Record", ["Reconciliation", "Invariants"], ["Sources", "Domain"]),
        new("Store", ["Store"], ["Record", "Sources", "Domain"]),
        new("Analysis", ["Analysis", "Council", "Issues", "Speeches"], ["Domain"]),
        new("Questions", ["Questions"], ["Analysis", "Store", "Record", "Sources", "Domain"]),
        new("Sync", ["Sync"], ["Analysis", "Store", "Record", "Sources", "Domain"]),
    ];

    public static Layer Named(string name) => All.Single(l => l.Name == name);

    /// <summary>The core as built, and nothing else.</summary>
    public static readonly Lazy<ArchitectureModel> Core = new(() => new ArchLoader().LoadAssemblies(typeof(Concord.Domain.Vote).Assembly).Build());

    /// <summary>The types of one layer.</summary>
    public static IObjectProvider<IType> TypesOf(Layer layer) => Types().That().ResideInNamespaceMatching(layer.Pattern).As(layer.Name + " layer");

    /// <summary>"<paramref name="layer"/> may not depend on anything above it": on no layer outside its own and those it may use.</summary>
    public static IArchRule MayNotDependOnAnythingAbove(Layer layer)
    {
        var others = All.Where(l => l != layer && !layer.MayUse.Contains(l.Name)).ToArray();
        var pattern = $@"^Concord\.({string.Join('|', others.SelectMany(l => l.Namespaces))})(\..+)?$";
        return Types().That().ResideInNamespaceMatching(layer.Pattern).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(pattern).As(string.Join(", ", others.Select(l => l.Name)) + " layers"))
            .Because($"{layer.Name} may use only {(layer.MayUse.Length == 0 ? "itself" : string.Join(", ", layer.MayUse))}");
    }

    /// <summary>No two top-level namespaces of the core (Concord.X and everything below it) reach each other.</summary>
    public static IArchRule NoNamespaceCycles() => ArchUnitNET.Fluent.Slices.SliceRuleDefinition.Slices().Matching("Concord.(*)..").Should().BeFreeOfCycles();
}
