using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>Reading single decisions back from the shared real-data database.</summary>
internal static class RealRecord
{
    public static DecisionTable.Detail Show(string symbol)
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return DecisionTable.Find(db, symbol) ?? throw new Xunit.Sdk.XunitException($"{symbol} is not in the database");
    }

    public static Vote VoteOf(DecisionTable.Detail d, string state) =>
        d.Votes.FirstOrDefault(v => v.State == state)?.Vote ?? Vote.Absent;
}
