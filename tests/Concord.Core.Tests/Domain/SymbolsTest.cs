using Concord.Domain;

namespace Concord.Tests.Domain;

public class SymbolsTest
{
    [Theory]
    [InlineData("R/68/262", "A/RES/68/262")]
    [InlineData("R/26/2758", "A/RES/2758(XXVI)")]
    [InlineData("R/30/3379", "A/RES/3379(XXX)")]
    [InlineData("R/31/1", "A/RES/31/1")]
    [InlineData("ESS/10/6", "A/RES/ES-10/6")]
    [InlineData("ESS/1/997", "A/RES/997(ES-I)")]
    [InlineData("SS/17/2", "A/RES/S-17/2")]
    [InlineData("SS/5/2248", "A/RES/2248(S-V)")]
    [InlineData(" R/68/262 ", "A/RES/68/262")]
    public void FromUnvotes_ConvertsToTheCanonicalResolutionSymbol(string unres, string expected)
    {
        // Given an unvotes 'unres' value
        // When it is converted
        var symbol = Symbols.FromUnvotes(unres);

        // Then the UN Digital Library spelling comes back
        Assert.Equal(expected, symbol);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData("R/68")]
    public void FromUnvotes_UnrecognisableField_ReturnsNull(string unres)
    {
        // Given / When a field holding no symbol is converted
        // Then there is no symbol
        Assert.Null(Symbols.FromUnvotes(unres));
    }

    [Theory]
    [InlineData("A/RES/2758(XXVI)", "26")]
    [InlineData("A/RES/ES-11/1", "ES-11")]
    [InlineData("A/RES/68/262", "68")]
    [InlineData("A/RES/S-17/2", "S-17")]
    [InlineData("A/RES/997(ES-I)", "ES-1")]
    [InlineData("A/RES/3379(XXX)A", "30")]
    public void GaSession_ReadsTheSessionFromModernAndOldSymbols(string symbol, string expected)
    {
        // Given / When the session of a symbol is asked for
        var session = Symbols.GaSession(symbol);

        // Then the session number (with ES-/S- prefix) comes back
        Assert.Equal(expected, session);
    }

    [Fact]
    public void GaSession_NonGaSymbol_ReturnsNull()
    {
        // Given / When a Council symbol is given
        // Then there is no GA session
        Assert.Null(Symbols.GaSession("S/RES/2398(2018)"));
    }

    [Theory]
    [InlineData("S/RES/2398 (2018)", "S/RES/2398(2018)")]
    [InlineData(" s/2019/186 ", "S/2019/186")]
    public void NormalizeSc_RemovesSpacesAndUppercases(string input, string expected)
    {
        // Given / When a Council symbol is normalised
        // Then spaces are removed and letters uppercased
        Assert.Equal(expected, Symbols.NormalizeSc(input));
    }

    [Theory]
    [InlineData("A/RES/2621 (XXV)", "A/RES/2621(XXV)")]
    [InlineData("a/res/68/262", "A/RES/68/262")]
    [InlineData("A/RES/3379 (XXX) [A]", "A/RES/3379(XXX)A")]
    [InlineData("A/RES//68/262", "A/RES/68/262")]
    public void NormalizeGa_RemovesSpacesBracketsAndDoubleSlashes(string input, string expected)
    {
        // Given / When a GA symbol is normalised
        // Then the canonical spelling comes back
        Assert.Equal(expected, Symbols.NormalizeGa(input));
    }

    [Fact]
    public void ScResolutionAndNumber_RoundTrip()
    {
        // Given / When a Council resolution symbol is built and its number read back
        var symbol = Symbols.ScResolution(2448, 2018);

        // Then both agree
        Assert.Equal("S/RES/2448(2018)", symbol);
        Assert.Equal(2448, Symbols.ScResolutionNumber(symbol));
        Assert.Null(Symbols.ScResolutionNumber("S/2019/186"));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(26, "XXVI")]
    [InlineData(30, "XXX")]
    [InlineData(31, "31")]
    public void Roman_WritesSessionNumbersUpToThirty(int n, string expected)
    {
        // Given / When a session number is written in Roman numerals
        // Then 1–30 are Roman and later ones plain
        Assert.Equal(expected, Symbols.Roman(n));
    }

    [Fact]
    public void FromRoman_ReadsBackAndRejectsUnknown()
    {
        // Given / When Roman numerals are read
        // Then known ones give their number and others null
        Assert.Equal(26, Symbols.FromRoman("XXVI"));
        Assert.Null(Symbols.FromRoman("MMXX"));
    }
}
