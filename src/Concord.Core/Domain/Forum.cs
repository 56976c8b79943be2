namespace Concord.Domain;

/// <summary>A body whose decisions Concord records.</summary>
/// <remarks>The short code (<c>ga</c>, <c>sc</c>) is what the command line, the API and the database use.</remarks>
public enum Forum
{
    GeneralAssembly,
    SecurityCouncil,
}

public static class ForumCodes
{
    public static string Code(this Forum forum) => forum switch
    {
        Forum.GeneralAssembly => "ga",
        Forum.SecurityCouncil => "sc",
        _ => throw new ArgumentOutOfRangeException(nameof(forum)),
    };

    public static string DisplayName(this Forum forum) => forum switch
    {
        Forum.GeneralAssembly => "UN General Assembly",
        Forum.SecurityCouncil => "UN Security Council",
        _ => throw new ArgumentOutOfRangeException(nameof(forum)),
    };

    public static Forum Parse(string code) => code.Trim().ToLowerInvariant() switch
    {
        "ga" or "unga" or "general-assembly" => Forum.GeneralAssembly,
        "sc" or "unsc" or "security-council" => Forum.SecurityCouncil,
        _ => throw new ArgumentException($"Unknown forum '{code}'. Known forums: ga (UN General Assembly), sc (UN Security Council)."),
    };
}
