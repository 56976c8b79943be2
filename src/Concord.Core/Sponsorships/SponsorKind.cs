namespace Concord.Sponsorships;

/// <summary>Which of a resolution's two sponsor lists names a sponsor.</summary>
/// <remarks>DGACM's General Assembly files keep the sponsors named on the draft (<c>sponsors</c>) apart from the states
/// that joined after it was issued (<c>additional_sponsors</c>). Both co-sponsor the text; the first list is the drafters.</remarks>
public enum SponsorKind
{
    /// <summary>Named on the draft as issued: the JSON field <c>sponsors</c>.</summary>
    Sponsor,

    /// <summary>Joined after the draft was issued: the JSON field <c>additional_sponsors</c>.</summary>
    Additional,
}

public static class SponsorKinds
{
    /// <summary>The code stored in the <c>sponsorships.kind</c> column.</summary>
    public static string Code(this SponsorKind k) => k == SponsorKind.Sponsor ? "sponsor" : "additional";

    /// <summary>The JSON field of the DGACM record that holds the list.</summary>
    public static string Field(this SponsorKind k) => k == SponsorKind.Sponsor ? "sponsors" : "additional_sponsors";

    public static SponsorKind Parse(string code) => code switch
    {
        "sponsor" => SponsorKind.Sponsor,
        "additional" => SponsorKind.Additional,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "a sponsor kind is 'sponsor' or 'additional'"),
    };
}
