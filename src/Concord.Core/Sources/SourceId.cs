namespace Concord.Sources;

/// <summary>Each source Concord reads. The numbers are stored in the database's provenance columns.</summary>
public enum SourceId : short
{
    Unvotes = 1,
    ScDraftVotes = 2,
    UndlWide = 3,
    DgacmGa = 4,
    DgacmSc = 5,
    UndlVotingCsv = 6,
    WpdlVetoList = 7,
    DhlVetoList = 8,
    FailedDraftsSubset = 9,
    UndlEsScrape = 10,

    /// <summary>The UN General Debate Corpus (speeches, not votes: no precedence, never reconciled).</summary>
    Ungdc = 11,
}

public static class SourceIds
{
    /// <summary>Higher wins when sources disagree on a field or a vote; the order is documented in docs/data.md.</summary>
    /// <remarks>
    /// Official UN releases first (the Digital Library's own voting CSV, then DGACM's resolution files, then the
    /// Digital Library scrapes: the wide file, then the 2024–2025 emergency-session supplement), academic and third-party compilations after them. For vetoes the DHL list is the
    /// UN's own; the World Politics Data Lab list is a coded copy of it.
    /// </remarks>
    public static int Precedence(this SourceId id) => id switch
    {
        SourceId.UndlVotingCsv => 100,
        SourceId.DgacmGa or SourceId.DgacmSc => 90,
        SourceId.DhlVetoList => 85,
        SourceId.UndlWide => 80,
        SourceId.UndlEsScrape => 70,
        SourceId.WpdlVetoList => 60,
        SourceId.Unvotes => 50,
        SourceId.FailedDraftsSubset => 45,
        SourceId.ScDraftVotes => 40,
        _ => 0,
    };

    /// <summary>A source read only to check the others: it is merged last, matched only to decisions the others hold,
    /// and fills gaps without overriding (the failed-drafts subset: no dates, 53 votes).</summary>
    public static bool IsCrossCheck(this SourceId id) => id == SourceId.FailedDraftsSubset;

    /// <summary>The UN's own records of the votes (the Digital Library, DGACM, and the scrape of the Library's records),
    /// as against compilations and veto lists: what decides that a roll call was an adopted resolution, with its number.</summary>
    public static bool IsUnRecord(this SourceId id) => id is SourceId.UndlVotingCsv or SourceId.DgacmGa or SourceId.DgacmSc or SourceId.UndlWide or SourceId.UndlEsScrape;

    public static string Label(this SourceId id) => id switch
    {
        SourceId.Unvotes => "unvotes",
        SourceId.ScDraftVotes => "sc-drafts",
        SourceId.UndlWide => "undl-wide",
        SourceId.DgacmGa => "dgacm-ga",
        SourceId.DgacmSc => "dgacm-sc",
        SourceId.UndlVotingCsv => "undl-csv",
        SourceId.WpdlVetoList => "wpdl-vetoes",
        SourceId.DhlVetoList => "dhl-vetoes",
        SourceId.FailedDraftsSubset => "sc-failed-subset",
        SourceId.UndlEsScrape => "undl-es-scrape",
        SourceId.Ungdc => "ungdc",
        _ => id.ToString(),
    };
}
