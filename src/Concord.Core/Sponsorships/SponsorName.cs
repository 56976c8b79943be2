namespace Concord.Sponsorships;

/// <summary>One sponsor read from an entry of a sponsor list: the name as written and what it stands for.</summary>
/// <param name="Name">The part of the entry that names this sponsor, as written (spaces tidied).</param>
/// <param name="Class">A state, an organ, or a name that could not be mapped.</param>
/// <param name="State">The state's code when <paramref name="Class"/> is <see cref="SponsorClass.State"/>; null otherwise.</param>
/// <param name="OnBehalfOf">The group a state sponsors for ("GROUP OF 77 AND CHINA"), upper case, without the
/// "States Members of the United Nations that are members of" preamble; null when the state sponsors in its own name.</param>
public readonly record struct SponsorName(string Name, SponsorClass Class, string? State, string? OnBehalfOf)
{
    public static SponsorName OfState(string name, string code, string? onBehalfOf = null) => new(name, SponsorClass.State, code, onBehalfOf);

    public static SponsorName OfOrgan(string name) => new(name, SponsorClass.Organ, null, null);

    public static SponsorName NotMapped(string name) => new(name, SponsorClass.Unmapped, null, null);
}
