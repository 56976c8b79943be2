using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Tests.Analysis.Agreement;

/// <summary>Small vote vectors and matrices written as letters, for the agreement tests.</summary>
/// <remarks>Y yes, A abstain, N no, - absent, X non-voting (the matrix bytes 1, 2, 3, 0, 4).</remarks>
internal static class AgreementTestData
{
    public static byte[] Votes(string letters) => letters.Select(Code).ToArray();

    public static byte Code(char letter) => letter switch
    {
        'Y' => 1,
        'A' => 2,
        'N' => 3,
        '-' => 0,
        'X' => 4,
        _ => throw new ArgumentException($"Unknown vote letter '{letter}'."),
    };

    public static AgreementScores Scores(string a, string b, int minN = 1) =>
        AgreementScores.From(ScalarPairKernel.Count(Votes(a), Votes(b)), minN);

    public static MatrixDecision Decision(int id, DateOnly date, DecisionKind kind = DecisionKind.Resolution, short session = 0, IssueSet issues = IssueSet.None) =>
        new(id, date, kind, session, false, issues);

    /// <summary>A General Assembly matrix from one letter row per state (every row as long as the decisions).</summary>
    public static VoteMatrix Matrix(MatrixDecision[] decisions, params (string State, string Votes)[] rows)
    {
        var votes = new byte[rows.Length * decisions.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Votes.Length != decisions.Length)
            {
                throw new ArgumentException($"{rows[r].State} has {rows[r].Votes.Length} votes for {decisions.Length} decisions.");
            }

            Votes(rows[r].Votes).CopyTo(votes, r * decisions.Length);
        }

        return new VoteMatrix(rows.Select(r => r.State).ToList(), decisions, votes, Forum.GeneralAssembly, predecessorsMerged: false);
    }

    /// <summary>A matrix of random bytes 0..4, one decision a day from 1 Jan 2000.</summary>
    public static VoteMatrix RandomMatrix(Random random, int rows, int columns)
    {
        var decisions = Enumerable.Range(0, columns).Select(c => Decision(c + 1, new DateOnly(2000, 1, 1).AddDays(c))).ToArray();
        var votes = new byte[rows * columns];
        for (var i = 0; i < votes.Length; i++)
        {
            votes[i] = (byte)random.Next(0, 5);
        }

        return new VoteMatrix(Enumerable.Range(0, rows).Select(r => $"S{r:D2}").ToList(), decisions, votes, Forum.GeneralAssembly, predecessorsMerged: false);
    }

    /// <summary>The same counts seen from the other state (A and B exchanged; the absence counts read the same from both).</summary>
    public static PairCounts Swap(PairCounts c) =>
        new(c.N, c.YesYes, c.AbstainAbstain, c.NoNo, c.NoYes, c.YesNo, c.BYes, c.BAbstain, c.AYes, c.AAbstain, c.OneAbsent, c.AbstainedOtherAbsent);

    /// <summary>Every measure, in declaration order, for comparing or range-checking them all at once.</summary>
    public static (string Name, double? Value)[] Measures(AgreementScores s) =>
    [
        ("agreement", s.Agreement),
        ("identical", s.Identical),
        ("sAbsolute", s.SAbsolute),
        ("sSquared", s.SSquared),
        ("kappa", s.Kappa),
        ("kappaNominal", s.KappaNominal),
        ("pi", s.Pi),
        ("piNominal", s.PiNominal),
        ("coincidence", s.Coincidence),
    ];
}
