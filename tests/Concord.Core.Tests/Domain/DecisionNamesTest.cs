using Concord.Domain;

namespace Concord.Tests.Domain;

public class DecisionNamesTest
{
    [Theory]
    [InlineData("A/RES/68/262", null, "ga:A/RES/68/262", "68", "A/RES/68/262")]
    [InlineData(null, "S/2019/186", "sc:S/2019/186", null, "S/2019/186")]
    [InlineData(null, null, "ga:unvotes:rcid 631", "15", "roll call 631 of session 15 (unvotes id)")]
    [InlineData(null, null, "ga:unvotes:rcid 631", null, "roll call 631 (unvotes id)")]
    public void Display_NamesADecisionByItsUnSymbol_ElseHonestly(string? symbol, string? draft, string key, string? session, string expected) =>
        Assert.Equal(expected, DecisionNames.Display(symbol, draft, key, session));

    [Theory]
    [InlineData("A/RES/106(S-1)", "A/RES/106(S-I)")]
    [InlineData("A/RES/997 (ES-1)", "A/RES/997(ES-I)")]
    [InlineData("A/RES/ES-10/6", "A/RES/ES-10/6")]
    [InlineData("A/RES/S-32/1", "A/RES/S-32/1")]
    public void NormalizeGa_OldSpecialSessionsTakeRomanNumerals(string raw, string expected) =>
        Assert.Equal(expected, Symbols.NormalizeGa(raw));
}
