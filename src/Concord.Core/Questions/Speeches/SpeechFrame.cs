using System.Globalization;
using Concord.Analysis.Speeches;

namespace Concord.Questions.Speeches;

/// <summary>What every speech question is asked within: the years (of the General Debate corpus) and whether a
/// continued seat's speeches count for its successor.</summary>
public sealed record SpeechFrame(int From, int To, bool MergePredecessors)
{
    public static readonly ParameterSpec FromSpec = new("from", "First year (inclusive; default: the corpus's first, 1946).");
    public static readonly ParameterSpec ToSpec = new("to", "Last year (inclusive; default: the corpus's last).");
    public static readonly ParameterSpec NoPredecessorsSpec = new("no-predecessors", "Only a state's own speeches (not, e.g., the USSR's for Russia).", Flag: true);

    public static readonly IReadOnlyList<ParameterSpec> Specs = [FromSpec, ToSpec, NoPredecessorsSpec];

    /// <summary>The weighting every similarity uses, as the answers state it.</summary>
    public const string Weighting = "tf-idf per year: (1 + ln tf) x (ln((1 + n) / (1 + df)) + 1), l2-normalised; cosine (scikit-learn TfidfVectorizer(sublinear_tf=True))";

    public static SpeechFrame Read(QuestionArgs args, SpeechRecord speeches)
    {
        var from = Year(args, "from", speeches) ?? speeches.FirstYear;
        var to = Year(args, "to", speeches) ?? speeches.LastYear;
        if (from > to)
        {
            throw new QuestionRefusal("from", $"'from' ({from}) is after 'to' ({to}).");
        }

        return new SpeechFrame(from, to, !args.Flag("no-predecessors"));
    }

    /// <summary>A year of the corpus, or null when absent.</summary>
    public static int? Year(QuestionArgs args, string name, SpeechRecord speeches)
    {
        var text = args.Text(name, 4);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < speeches.FirstYear || year > speeches.LastYear)
        {
            throw new QuestionRefusal(name, $"'{name}' must be a year from {speeches.FirstYear} to {speeches.LastYear} (the years of the General Debate corpus).");
        }

        return year;
    }

    public void Describe(ResultTable table)
    {
        table.Fact("from", From);
        table.Fact("to", To);
        table.Fact("predecessors", MergePredecessors);
    }
}
