using Concord.Forums;

namespace Concord.Questions.Forums;

/// <summary>The <c>forum</c> parameter of <c>members</c> and <c>declarations</c>: a forum of the record (SCO, BRICS, ...,
/// and any a user file adds), matched whatever its case, with one refusal that lists the known ones.</summary>
public static class ForumParameter
{
    /// <summary>The code as the record spells it; <paramref name="extra"/> are codes accepted beside the record's (sc).</summary>
    public static string Read(QuestionArgs args, ForumRecord record, params string[] extra)
    {
        string[] known = [.. extra, .. record.Forums.Select(f => f.Code)];
        var text = args.Text("forum", 40) ?? throw new QuestionRefusal("forum", $"'forum' is required: one of {string.Join(", ", known)}.");
        return known.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
            ?? throw new QuestionRefusal("forum", $"Unknown forum '{QuestionArgs.Echo(text)}'. Known: {string.Join(", ", known)}.");
    }
}
