using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Questions.Agreement;

/// <summary><c>agree A B</c> (or <c>agree A --with GROUP</c>): how alike two states voted, by the literature's measures.</summary>
public sealed class AgreeQuestion : Question
{
    public override string Name => "agree";

    public override string Summary => "How alike two states voted: agreement, identical share, S, kappa, pi, coincidence.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "First state (code or name, e.g. CHN).", Positional: true),
        new("b", "Second state (e.g. RUS), or a group: EU, P5, SCO, BRICS, EAS, CSTO.", Positional: true),
        new("with", "Compare A with a group's majority position instead of a second state: EU, P5, SCO, BRICS, EAS, CSTO (full members as of each vote's date)."),
        new("ideal", "Add ideal_distance: |difference| of the two states' dynamic ideal points (General Assembly, by year or session; see concord ideal).", Flag: true),
        .. AgreementFrame.Specs,
    ];

    public override bool UsesIdealPoints(QuestionArgs args) => args.Flag("ideal");

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => AgreementRun.ToTable(AgreementRun.Run(record, Read(record, args)));

    public override string FileName(QuestionArgs args) => $"agree-{args.Text("a")}-{args.Text("b") ?? args.Text("with")}";

    public static AgreementRun.Request Read(LoadedRecord record, QuestionArgs args)
    {
        var a = args.State("a");
        var groupCodes = record.Forums.Forums.Select(g => g.Code).Order(StringComparer.Ordinal).ToArray();
        var withCode = args.Choice("with", null, groupCodes);
        var bText = args.Raw("b") is { } raw && !string.IsNullOrWhiteSpace(raw) ? raw.Trim() : null;
        if (withCode is not null && bText is not null)
        {
            throw new QuestionRefusal("with", "Give a second state (b) or a group (with), not both.");
        }

        // A state first; only a name that is no state is looked up among the groups.
        if (withCode is null && bText is not null && groupCodes.FirstOrDefault(c => string.Equals(c, bText, StringComparison.OrdinalIgnoreCase)) is { } asGroup
            && !States.StateRegistry.Default.IsKnownCode(bText.ToUpperInvariant()))
        {
            withCode = asGroup;
        }

        var frame = AgreementFrame.Read(args, record, allPairs: false);
        var ideal = args.Flag("ideal");
        StateGroup? group = null;
        States.State? b = null;
        if (withCode is not null)
        {
            if (!record.Forums.TryGroup(withCode, out var g))
            {
                throw new QuestionRefusal("with", $"'{withCode}' has no full members on record.");
            }

            group = g;
        }
        else
        {
            (_, b) = QuestionArgs.Different(a, args.State("b"));
        }

        if (ideal && (group is not null || frame.Forum != Forum.GeneralAssembly || frame.By is not (PeriodKind.Year or PeriodKind.Session)))
        {
            throw new QuestionRefusal("ideal", "'ideal' needs two states in the General Assembly, by year or by session.");
        }

        return new AgreementRun.Request(a, b, group, frame, ideal);
    }
}
