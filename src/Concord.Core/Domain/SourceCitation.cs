namespace Concord.Domain;

/// <summary>Where a fact comes from: publisher, title, date and address (title or address may be missing, not both;
/// the date is missing only for a dataset that states none).</summary>
/// <remarks>An address is given only where it is known; a citation without one names the publisher, title and date.</remarks>
public sealed record SourceCitation(string Publisher, string? Title, PartialDate? Date, string? Url)
{
    public override string ToString()
    {
        var parts = new List<string> { Publisher };
        if (!string.IsNullOrEmpty(Title))
        {
            parts.Add("\"" + Title + "\"");
        }

        if (Date is { } d)
        {
            parts.Add(d.ToString());
        }

        if (!string.IsNullOrEmpty(Url))
        {
            parts.Add(Url);
        }

        return string.Join(", ", parts);
    }
}
