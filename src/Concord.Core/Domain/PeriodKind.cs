namespace Concord.Domain;

/// <summary>How decisions are grouped into the periods a measure is computed over.</summary>
public enum PeriodKind
{
    Year,
    Session,
    Decade,
    Issue,
    All,
}
