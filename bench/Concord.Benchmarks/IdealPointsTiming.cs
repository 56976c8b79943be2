using System.Diagnostics;
using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.IdealPoints;
using Concord.Store;

namespace Concord.Benchmarks;

/// <summary>Wall-clock timings of the ideal-point fit (seconds per run: too long for BenchmarkDotNet's many iterations).</summary>
/// <remarks>
/// <c>ideal-full [runs]</c>: the whole 1946–2026 fit, each run from the database (matrix, titles, bridging, fit), median reported.
/// <c>ideal-session YEAR FILE [runs]</c>: writes the contested votes of the session that opened in YEAR as a states × votes
/// CSV (1 yes, 2 abstain, 3 no, empty missing) for the R peers (bench/ideal_peers.R), and times Concord's fit of that
/// session alone (one year: the ordinal model without the walk).
/// </remarks>
internal static class IdealPointsTiming
{
    public static void Full(string databasePath, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            // CPU time beside wall time: on a shared machine the wall time measures the neighbours as much as the fit.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using var db = ConcordDatabase.OpenReadOnly(databasePath);
            var (data, fit) = IdealPointFits.FitRaw(db, IdealPointOptions.Default);
            times.Add(clock.Elapsed.TotalSeconds);
            var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(FormattableString.Invariant($"full fit {i + 1}: {clock.Elapsed.TotalSeconds:0.000} s wall, {used:0.000} s CPU, {fit.Iterations} iterations, {data.Observations:N0} votes, {data.Items:N0} items ({data.Decisions:N0} decisions), {data.StateYears:N0} state-years"));
        }

        times.Sort();
        Console.WriteLine(FormattableString.Invariant($"median {times[times.Count / 2]:0.000} s over {runs} runs"));
    }

    public static void Session(string databasePath, int year, string csvPath, int runs)
    {
        using var db = ConcordDatabase.OpenReadOnly(databasePath);
        var matrix = VoteMatrixLoader.Load(db, Forum.GeneralAssembly);
        var columns = new List<int>();
        for (var c = 0; c < matrix.Columns; c++)
        {
            if (IdealVoteData.YearOf(matrix.Decisions[c]) == year && IdealVoteData.Includes(matrix.Decisions[c]))
            {
                columns.Add(c);
            }
        }

        // The session's own matrix: the same votes the full fit uses for that year, no bridges.
        var decisions = columns.Select(c => matrix.Decisions[c]).ToArray();
        var votes = new byte[matrix.Rows * columns.Count];
        for (var r = 0; r < matrix.Rows; r++)
        {
            for (var k = 0; k < columns.Count; k++)
            {
                votes[(r * columns.Count) + k] = (byte)matrix[r, columns[k]];
            }
        }

        var session = new VoteMatrix(matrix.States, decisions, votes, Forum.GeneralAssembly, true);
        var data = IdealVoteData.Build(session, new string?[columns.Count]);
        using (var csv = new StreamWriter(csvPath))
        {
            csv.WriteLine("state," + string.Join(',', decisions.Select(d => "v" + d.DecisionId.ToString(CultureInfo.InvariantCulture))));
            for (var r = 0; r < session.Rows; r++)
            {
                if (!data.States.Contains(session.States[r]))
                {
                    continue;
                }

                var cells = new string[columns.Count];
                for (var k = 0; k < columns.Count; k++)
                {
                    var v = (byte)session[r, k];
                    cells[k] = v is >= 1 and <= 3 ? v.ToString(CultureInfo.InvariantCulture) : "";
                }

                csv.WriteLine(session.States[r] + "," + string.Join(',', cells));
            }
        }

        var times = new List<double>();
        IdealPointEstimates? fit = null;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            fit = DynamicOrdinalIrt.Fit(data);
            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine(FormattableString.Invariant($"session {year}: {data.States.Count} states, {data.Decisions} contested votes, {data.Observations:N0} votes cast; Concord ordinal fit median {times[times.Count / 2] * 1000:0.0} ms ({fit!.Iterations} iterations)"));
        using var positions = new StreamWriter(Path.ChangeExtension(csvPath, ".concord.csv"));
        positions.WriteLine("state,concord");
        for (var s = 0; s < data.States.Count; s++)
        {
            positions.WriteLine(FormattableString.Invariant($"{data.States[s]},{fit.Theta[data.StateStart[s]]}"));
        }
    }
}
