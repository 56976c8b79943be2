namespace Concord.Reports.Brief;

/// <summary>
/// One section of the brief, built from questions' answers only: its body, the key judgements it offers the first page
/// (each with a weight: the first page keeps the weightiest), what changed in its forum in the last twelve months, and
/// its notes on method for the annex.
/// </summary>
internal sealed class BriefSection(string id, string title)
{
    /// <summary>The anchor the first page links to ("#assembly").</summary>
    public string Id { get; } = id;

    public string Title { get; } = title;

    public BriefDocument Body { get; } = new(title);

    public List<(int Weight, BriefPoint Point)> Judgements { get; } = [];

    public List<string> Recent { get; } = [];

    /// <summary>Paragraphs for the annex on method, sources and coverage, under the section's title.</summary>
    public List<string> Method { get; } = [];

    public BriefLink Link(string text) => new(text, "#" + Id);

    public void Judge(int weight, string lead, string text, string evidence) =>
        Judgements.Add((weight, new BriefPoint(lead, text, Link(evidence))));
}
