using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Analysis.IdealPoints;

/// <summary>The votes an ideal-point fit uses, compacted: one observation per state and counted decision.</summary>
/// <remarks>
/// <para>Time is the regular session (the <c>unvotes</c> and Bailey–Strezhnev–Voeten unit), labelled by the year it opened:
/// session 1 is 1946, session 80 (September 2025 to September 2026) is 2025.</para>
/// <para>Which decisions count (<see cref="Includes"/>): recorded General Assembly votes on which at least
/// <see cref="MinMinority"/> members voted otherwise than the largest group, and, as Bailey, Strezhnev and Voeten do,
/// no amendment or separate-paragraph votes after 1989. Yes, abstain and no are the ordered categories; absent and
/// non-voting are missing.</para>
/// <para>An item is a set of decisions sharing their parameters: a decision alone, or every occurrence of a recurring
/// resolution (<see cref="RecurringResolutions"/>). Each item keeps only the categories its votes use, so an item
/// without abstentions is a binary probit with one cut-point.</para>
/// <para>Observations are stored twice, sorted by item and by state-year, so that both halves of the fit read
/// contiguous spans.</para>
/// </remarks>
public sealed class IdealVoteData
{
    /// <summary>Decisions with fewer dissenters from the largest group than this are left out (1 drops unanimous votes only).</summary>
    public const int MinMinority = 1;

    private IdealVoteData()
    {
    }

    public required IReadOnlyList<string> States { get; init; }

    /// <summary>The first period of the whole record (session 1 = 1946).</summary>
    public required int FirstYear { get; init; }

    /// <summary>Per state: the first state-year index and the year it stands for; its years run to <see cref="StateEnd"/>.</summary>
    public required int[] StateStart { get; init; }

    public required int[] StateEnd { get; init; }

    public required int[] StateFirstYear { get; init; }

    public int StateYears => StateEnd.Length == 0 ? 0 : StateEnd[^1];

    /// <summary>Votes counted per state-year.</summary>
    public required int[] VotesPerStateYear { get; init; }

    public required int Items { get; init; }

    /// <summary>Per item: the number of ordered categories it uses (2 or 3).</summary>
    public required int[] Categories { get; init; }

    /// <summary>Per item: how many decisions it joins (more than 1 for a bridged recurring resolution).</summary>
    public required int[] Occurrences { get; init; }

    /// <summary>Observations by item: offsets (Items + 1), state-year and category (0-based within the item).</summary>
    public required int[] ItemOffsets { get; init; }

    public required int[] ItemStateYear { get; init; }

    public required byte[] ItemCategory { get; init; }

    /// <summary>Observations by state-year: offsets (StateYears + 1), item and category.</summary>
    public required int[] StateYearOffsets { get; init; }

    public required int[] StateYearItem { get; init; }

    public required byte[] StateYearCategory { get; init; }

    public required int Decisions { get; init; }

    public int Observations => ItemStateYear.Length;

    public static int YearOf(in MatrixDecision d) => UnCalendar.SessionOpeningYear(d.Session);

    public static bool Includes(in MatrixDecision d) =>
        !d.Unanimous && !(d.Year > 1989 && d.Kind is DecisionKind.Amendment or DecisionKind.Paragraph);

    /// <param name="matrix">The General Assembly's vote matrix (continued seats merged).</param>
    /// <param name="bridge">Per column, the recurring-resolution key it shares parameters under, or null.</param>
    public static IdealVoteData Build(VoteMatrix matrix, IReadOnlyList<string?> bridge)
    {
        var columns = matrix.Columns;
        var rows = matrix.Rows;

        // Pick the decisions: enough dissent, and the BSV kinds.
        var counts = new int[columns * 4];
        for (var r = 0; r < rows; r++)
        {
            var row = matrix.Row(r);
            for (var c = 0; c < columns; c++)
            {
                var v = row[c];
                if (v is >= 1 and <= 3)
                {
                    counts[(c * 4) + v]++;
                }
            }
        }

        var item = new int[columns];
        var items = 0;
        var keyItem = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = 0;
        var minYear = int.MaxValue;
        for (var c = 0; c < columns; c++)
        {
            item[c] = -1;
            var d = matrix.Decisions[c];
            int yes = counts[(c * 4) + 1], abstain = counts[(c * 4) + 2], no = counts[(c * 4) + 3];
            var minority = yes + abstain + no - Math.Max(yes, Math.Max(abstain, no));
            if (!Includes(d) || d.Session <= 0 || minority < MinMinority)
            {
                continue;
            }

            used++;
            minYear = Math.Min(minYear, YearOf(d));
            var key = bridge[c];
            if (key is null)
            {
                item[c] = items++;
            }
            else if (keyItem.TryGetValue(key, out var shared))
            {
                item[c] = shared;
            }
            else
            {
                item[c] = keyItem[key] = items++;
            }
        }

        // Which categories each item uses, and the map from vote to 0-based category.
        var usesCategory = new bool[items * 4];
        var occurrences = new int[items];
        for (var c = 0; c < columns; c++)
        {
            if (item[c] < 0)
            {
                continue;
            }

            occurrences[item[c]]++;
            for (var v = 1; v <= 3; v++)
            {
                usesCategory[(item[c] * 4) + v] |= counts[(c * 4) + v] > 0;
            }
        }

        var categoryOf = new byte[items * 4];
        var categories = new int[items];
        for (var i = 0; i < items; i++)
        {
            byte k = 0;
            for (var v = 1; v <= 3; v++)
            {
                if (usesCategory[(i * 4) + v])
                {
                    categoryOf[(i * 4) + v] = k++;
                }
            }

            categories[i] = k;
        }

        // State-years: each state from its first to its last year with a counted vote.
        var first = new int[rows];
        var last = new int[rows];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, int.MinValue);
        var observations = 0;
        for (var r = 0; r < rows; r++)
        {
            var row = matrix.Row(r);
            for (var c = 0; c < columns; c++)
            {
                if (item[c] >= 0 && row[c] is >= 1 and <= 3)
                {
                    var y = YearOf(matrix.Decisions[c]);
                    first[r] = Math.Min(first[r], y);
                    last[r] = Math.Max(last[r], y);
                    observations++;
                }
            }
        }

        var states = new List<string>();
        var stateRow = new List<int>();
        var start = new List<int>();
        var end = new List<int>();
        var firstYear = new List<int>();
        var stateYears = 0;
        for (var r = 0; r < rows; r++)
        {
            if (first[r] == int.MaxValue)
            {
                continue;
            }

            states.Add(matrix.States[r]);
            stateRow.Add(r);
            start.Add(stateYears);
            firstYear.Add(first[r]);
            stateYears += last[r] - first[r] + 1;
            end.Add(stateYears);
        }

        // Observations by state-year (rows are contiguous, so one pass fills them in order).
        var syOffsets = new int[stateYears + 1];
        var syItem = new int[observations];
        var syCategory = new byte[observations];
        var perStateYear = new int[stateYears];
        for (var s = 0; s < states.Count; s++)
        {
            var row = matrix.Row(stateRow[s]);
            for (var c = 0; c < columns; c++)
            {
                if (item[c] >= 0 && row[c] is >= 1 and <= 3)
                {
                    perStateYear[start[s] + YearOf(matrix.Decisions[c]) - firstYear[s]]++;
                }
            }
        }

        for (var i = 0; i < stateYears; i++)
        {
            syOffsets[i + 1] = syOffsets[i] + perStateYear[i];
        }

        var fill = (int[])syOffsets.Clone();
        var itemCounts = new int[items + 1];
        for (var s = 0; s < states.Count; s++)
        {
            var row = matrix.Row(stateRow[s]);
            for (var c = 0; c < columns; c++)
            {
                var v = row[c];
                if (item[c] >= 0 && v is >= 1 and <= 3)
                {
                    var sy = start[s] + YearOf(matrix.Decisions[c]) - firstYear[s];
                    var at = fill[sy]++;
                    syItem[at] = item[c];
                    syCategory[at] = categoryOf[(item[c] * 4) + v];
                    itemCounts[item[c] + 1]++;
                }
            }
        }

        // The same observations by item.
        for (var i = 0; i < items; i++)
        {
            itemCounts[i + 1] += itemCounts[i];
        }

        var itemFill = (int[])itemCounts.Clone();
        var itemStateYear = new int[observations];
        var itemCategory = new byte[observations];
        for (var sy = 0; sy < stateYears; sy++)
        {
            for (var o = syOffsets[sy]; o < syOffsets[sy + 1]; o++)
            {
                var at = itemFill[syItem[o]]++;
                itemStateYear[at] = sy;
                itemCategory[at] = syCategory[o];
            }
        }

        return new IdealVoteData
        {
            States = states,
            FirstYear = minYear == int.MaxValue ? 1946 : minYear,
            StateStart = [.. start],
            StateEnd = [.. end],
            StateFirstYear = [.. firstYear],
            VotesPerStateYear = perStateYear,
            Items = items,
            Categories = categories,
            Occurrences = occurrences,
            ItemOffsets = itemCounts,
            ItemStateYear = itemStateYear,
            ItemCategory = itemCategory,
            StateYearOffsets = syOffsets,
            StateYearItem = syItem,
            StateYearCategory = syCategory,
            Decisions = used,
        };
    }
}
