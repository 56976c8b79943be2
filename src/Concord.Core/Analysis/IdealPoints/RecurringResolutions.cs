using System.Text;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Analysis.IdealPoints;

/// <summary>Finds the resolutions the Assembly votes on again and again, whose votes bridge the years.</summary>
/// <remarks>
/// Bailey, Strezhnev and Voeten tie the years together by giving the same parameters to resolutions that recur
/// (the annual texts on Palestine, the Golan, the embargo against Cuba, nuclear disarmament, human rights in a named
/// country). Here a recurring resolution is a vote on a whole text (not an amendment or a paragraph) whose normalised
/// title (lower case, digits and punctuation removed) is the title of exactly one such vote in each of at least
/// <see cref="MinSessions"/> regular sessions. Where one title covers several votes in a session (an agenda heading
/// such as "General and complete disarmament"), those votes are not bridged in that session: the title does not say
/// which of them recurs.
/// </remarks>
public static class RecurringResolutions
{
    public const int MinSessions = 2;

    /// <summary>Per matrix column, its recurring-resolution key or null.</summary>
    public static string?[] Keys(VoteMatrix matrix, IReadOnlyDictionary<int, string> titles)
    {
        var keys = new string?[matrix.Columns];
        var perSession = new Dictionary<(string, short), int>();
        for (var c = 0; c < matrix.Columns; c++)
        {
            var d = matrix.Decisions[c];
            if (d.Kind is not (DecisionKind.Resolution or DecisionKind.Draft) || !titles.TryGetValue(d.DecisionId, out var title))
            {
                continue;
            }

            var key = Normalise(title);
            if (key.Length < 12)
            {
                continue;
            }

            keys[c] = key;
            perSession[(key, d.Session)] = perSession.GetValueOrDefault((key, d.Session)) + 1;
        }

        var sessions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((key, _), n) in perSession)
        {
            if (n == 1)
            {
                sessions[key] = sessions.GetValueOrDefault(key) + 1;
            }
        }

        for (var c = 0; c < keys.Length; c++)
        {
            var key = keys[c];
            if (key is not null && (perSession[(key, matrix.Decisions[c].Session)] != 1 || sessions.GetValueOrDefault(key) < MinSessions))
            {
                keys[c] = null;
            }
        }

        return keys;
    }

    /// <summary>Lower-case letters and single spaces: "Question of Palestine." and "Question of Palestine" are one title.</summary>
    public static string Normalise(string title)
    {
        var sb = new StringBuilder(title.Length);
        var space = false;
        foreach (var ch in title)
        {
            if (char.IsLetter(ch))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
