using Concord.Forums;

namespace Concord.Questions.Forums;

/// <summary><c>declarations FORUM</c>: key paragraphs of a forum's declarations and each member's position, with sources.</summary>
public sealed class DeclarationsQuestion : Question
{
    public override string Name => "declarations";

    public override string Summary => "Key paragraphs of a forum's declarations (e.g. the SCO's Belt and Road paragraph) and each member's position, with sources.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("forum", "The forum, e.g. SCO.", Positional: true),
        new("state", "Only this state's positions (code or name, e.g. IND)."),
    ];

    public override string FileName(QuestionArgs args) => "declarations-" + args.Text("forum");

    /// <param name="State">A state code, or null for every member's positions.</param>
    public sealed record Request(string Forum, string? State);

    public sealed record Row(Declaration Declaration, DeclarationPosition Position);

    /// <param name="Declarations">How many declarations of the forum are on record (with or without a position listed).</param>
    public sealed record Answer(Request Request, string ForumName, int Declarations, IReadOnlyList<Row> Rows);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record.Forums, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args) =>
        new(ForumParameter.Read(args, record.Forums), args.OptionalState("state")?.Code);

    public static Answer Run(ForumRecord record, Request r)
    {
        var declarations = record.Declarations.Where(d => d.Forum == r.Forum).OrderBy(d => d.Date).ToList();
        var rows = new List<Row>();
        foreach (var d in declarations)
        {
            foreach (var p in record.Positions.Where(p => p.Declaration == d.Id && p.Paragraph == d.Paragraph && (r.State is null || p.State == r.State)))
            {
                rows.Add(new Row(d, p));
            }
        }

        return new Answer(r, record.FindForum(r.Forum)!.Name, declarations.Select(d => d.Id).Distinct().Count(), rows);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var table = new ResultTable($"{answer.ForumName}: declarations and positions" + (r.State is null ? "" : $" of {r.State}"), "date", "declaration", "title", "paragraph", "subject", "state", "position", "note", "source");
        table.Fact("forum", r.Forum);
        table.Fact("state", r.State);
        table.Fact("declarations", answer.Declarations);
        foreach (var (d, p) in answer.Rows)
        {
            table.Add(d.Date.ToString(), d.Id, d.Title, d.Paragraph, d.Subject, p.State, p.Position.Label(), p.Note, d.Source.ToString());
        }

        table.Notes.Add("Only the positions the sources state are recorded; a member without a row has no recorded position on that paragraph.");
        return table;
    }
}
