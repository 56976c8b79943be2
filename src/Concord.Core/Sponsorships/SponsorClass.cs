namespace Concord.Sponsorships;

/// <summary>What a name in a sponsor list stands for.</summary>
public enum SponsorClass
{
    /// <summary>A state, in its own name or on behalf of a group it chairs (then the group is said beside it).</summary>
    State,

    /// <summary>Not a state: an organ or office of the Assembly that submitted the text (the President, a Main
    /// Committee's Chair, Vice-Chair or Rapporteur, a Bureau, the Credentials Committee, a Special Committee).</summary>
    Organ,

    /// <summary>A name that is neither a known state nor an organ: a misspelling, a fragment of a name cut in two, a
    /// stray line of the document. Kept with its file and line and reported by <c>data check --sponsors</c>.</summary>
    Unmapped,
}

public static class SponsorClasses
{
    /// <summary>The code stored in the <c>sponsorships.class</c> column.</summary>
    public static string Code(this SponsorClass c) => c switch
    {
        SponsorClass.State => "state",
        SponsorClass.Organ => "organ",
        _ => "unmapped",
    };
}
