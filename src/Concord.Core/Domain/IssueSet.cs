namespace Concord.Domain;

/// <summary>The issue areas of a decision, as bit flags (a decision can have several).</summary>
/// <remarks>
/// The areas, their names, scope and hierarchy are those of the labelling standard that comes with the hand-labelled
/// resolutions (<c>shared/data/labels/README.md</c>): eighteen areas, some implying others (<see cref="IssueSets.Implications"/>).
/// Which decision is in which area is decided by the rules in <c>Reference/issue_rules.csv</c>
/// (see <see cref="Issues.IssueClassifier"/>), not by this type. The six issue codes of the <c>unvotes</c> data are
/// mapped onto six of these areas by <see cref="IssueSets.UnvotesCodes"/>.
/// </remarks>
[Flags]
public enum IssueSet : uint
{
    None = 0,

    /// <summary>Disarmament and international security, including every nuclear text but the IAEA report (<c>arms_control</c>).</summary>
    ArmsControl = 1,

    /// <summary>Nuclear weapons, testing, the NPT, nuclear-weapon-free zones, nuclear and radiological material (<c>nuclear</c>).</summary>
    Nuclear = 1 << 1,

    /// <summary>Texts framed in terms of rights (<c>human_rights</c>).</summary>
    HumanRights = 1 << 2,

    /// <summary>The human-rights situation in a named country or territory (<c>country_human_rights</c>).</summary>
    CountryHumanRights = 1 << 3,

    /// <summary>The question of Palestine, UNRWA, Israeli practices and settlements in the occupied territory (<c>palestine</c>).</summary>
    Palestine = 1 << 4,

    /// <summary>The Middle East: Palestine, the Golan, Syria, Iran, Lebanon, the region's nuclear items (<c>middle_east</c>).</summary>
    MiddleEast = 1 << 5,

    /// <summary>Decolonization and the Non-Self-Governing Territories (<c>colonialism</c>).</summary>
    Colonialism = 1 << 6,

    /// <summary>Economic, social and sustainable development and the environment (<c>development</c>).</summary>
    Development = 1 << 7,

    /// <summary>Sovereignty and intervention: coercive measures, aggression, territorial conflicts, the responsibility to protect (<c>sovereignty_intervention</c>).</summary>
    SovereigntyIntervention = 1 << 8,

    /// <summary>Coercive economic measures and sanctions (<c>sanctions</c>).</summary>
    Sanctions = 1 << 9,

    /// <summary>Conflicts over territorial integrity: Ukraine, Georgia and others (<c>territorial_integrity</c>).</summary>
    TerritorialIntegrity = 1 << 10,

    /// <summary>The Russian Federation's aggression against and occupation of Ukraine (<c>ukraine</c>).</summary>
    Ukraine = 1 << 11,

    /// <summary>Syria and the occupied Syrian Golan (<c>syria</c>).</summary>
    Syria = 1 << 12,

    /// <summary>The Democratic People's Republic of Korea (<c>dprk</c>).</summary>
    Dprk = 1 << 13,

    /// <summary>Iran (<c>iran</c>).</summary>
    Iran = 1 << 14,

    /// <summary>Peacekeeping operations and their financing (<c>peacekeeping</c>).</summary>
    Peacekeeping = 1 << 15,

    /// <summary>Texts whose main topic is terrorism (<c>terrorism</c>).</summary>
    Terrorism = 1 << 16,

    /// <summary>The budget, programme planning and institutional membership and participation (<c>un_procedure</c>).</summary>
    UnProcedure = 1 << 17,
}
