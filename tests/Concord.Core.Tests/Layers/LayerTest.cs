using ArchUnitNET.xUnit;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace Concord.Tests.Layers;

/// <summary>The core's layers run one way (docs/architecture.md, "What lives where").</summary>
public sealed class LayerTest
{
    private static ArchitectureModel Core => CoreLayers.Core.Value;

    [Theory]
    [InlineData("Domain")]
    [InlineData("Sources")]
    [InlineData("Record")]
    [InlineData("Store")]
    [InlineData("Analysis")]
    [InlineData("Questions")]
    [InlineData("Sync")]
    public void Layer_MayNotDependOnAnythingAboveIt(string layer) =>
        CoreLayers.MayNotDependOnAnythingAbove(CoreLayers.Named(layer)).Check(Core);

    [Fact]
    public void CoreNamespaces_HaveNoCycle() => CoreLayers.NoNamespaceCycles().Check(Core);

    [Fact]
    public void EveryCoreType_IsInALayer()
    {
        // Given every type the core declares under Concord
        var types = Core.Types.Where(t => t.Namespace.FullName.StartsWith("Concord", StringComparison.Ordinal));

        // When each is matched to a layer
        var outside = types.Where(t => !CoreLayers.All.Any(l => System.Text.RegularExpressions.Regex.IsMatch(t.Namespace.FullName, l.Pattern)))
            .Select(t => t.FullName).ToList();

        // Then none is left over (a new folder is given its layer here and in docs/architecture.md)
        Assert.Empty(outside);
    }

    [Fact]
    public void Rules_ReportABackReference()
    {
        // Given the core and a Domain type that reaches up into the Store (LayerBackReference)
        var withFixture = new ArchUnitNET.Loader.ArchLoader()
            .LoadAssemblies(typeof(Concord.Domain.Vote).Assembly, typeof(Concord.Domain.LayerBackReference).Assembly).Build();

        // When the same rules are evaluated
        var layer = CoreLayers.MayNotDependOnAnythingAbove(CoreLayers.Named("Domain")).Evaluate(withFixture).Where(r => !r.Passed).ToList();
        var cycles = CoreLayers.NoNamespaceCycles().Evaluate(withFixture).Where(r => !r.Passed).ToList();

        // Then both report it, and the layer rule names the fixture
        Assert.Contains(layer, r => r.Description.Contains(nameof(Concord.Domain.LayerBackReference), StringComparison.Ordinal));
        Assert.NotEmpty(cycles);
    }
}
