using Concord.Sponsorships;
using Concord.States;

namespace Concord.Tests.Sponsorships;

public class SponsorListParserTest
{
    private static readonly DateOnly s_2023 = new(2023, 12, 7);
    private readonly SponsorListParser _parser = new(StateRegistry.Default);

    private IReadOnlyList<SponsorName> Parse(string entry) => _parser.Parse(entry, s_2023);

    private static string Codes(IEnumerable<SponsorName> names) => string.Join(" ", names.Select(n => n.State ?? "-"));

    [Theory]
    [InlineData("RUSSIAN FEDERATION", "RUS")]
    [InlineData("CÔTE D’IVOIRE", "CIV")]
    [InlineData("TÜRKİYE", "TUR")]
    [InlineData("NETHERLANDS (KINGDOM OF THE)", "NLD")]
    [InlineData("THE GAMBIA", "GMB")]
    [InlineData("THEREPUBLIC OF KOREA", "KOR")]
    [InlineData("BAHAMAS (THE)", "BHS")]
    [InlineData("THAILAND ( )", "THA")]
    [InlineData("MOZAMBIQUE\u00a0", "MOZ")]
    [InlineData(" GERMANY", "DEU")]
    [InlineData("STATE OF PALESTINE,", "PSE")]
    public void Parse_OneUnName_IsThatState(string entry, string code)
    {
        // Given an entry naming one state as the documents spell it (article, stray space, no-break space, comma)
        // When it is parsed
        var name = Assert.Single(Parse(entry));

        // Then it is that state, in its own name
        Assert.Equal(SponsorClass.State, name.Class);
        Assert.Equal(code, name.State);
        Assert.Null(name.OnBehalfOf);
    }

    [Fact]
    public void Parse_China_IsTheStateThatHeldTheNameOnTheDay()
    {
        // Given "CHINA" before and after 25 October 1971
        // When it is parsed on each date
        var before = Assert.Single(_parser.Parse("CHINA", new DateOnly(1970, 12, 1)));
        var after = Assert.Single(_parser.Parse("CHINA", s_2023));

        // Then the register's dated aliases decide: the Republic of China, then the People's Republic
        Assert.Equal("TWN", before.State);
        Assert.Equal("CHN", after.State);
    }

    [Theory]
    [InlineData("UGANDA (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF 77 AND CHINA)", "UGA", "GROUP OF 77 AND CHINA")]
    [InlineData("GUINEA, ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF 77 AND CHINA", "GIN", "GROUP OF 77 AND CHINA")]
    [InlineData("SENEGAL (OF BEHALF OF THE GROUP OF AFRICAN STATES)", "SEN", "GROUP OF AFRICAN STATES")]
    [InlineData("INDONESIA (ON BEHALF OF THE MOVEMENT OF NON-ALIGNED COUNTRIES)", "IDN", "MOVEMENT OF NON-ALIGNED COUNTRIES")]
    [InlineData("Pakistan (on behalf of the States Members of the United Nations that are members of the Organization of Islamic Cooperation)", "PAK", "ORGANIZATION OF ISLAMIC COOPERATION")]
    [InlineData("MALI (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE MEMBERS OF THE ECONOMIC COMMUNITY OF WEST AFRICAN STATES)", "MLI", "ECONOMIC COMMUNITY OF WEST AFRICAN STATES")]
    [InlineData("INDONESIA (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE ASSOCIATION OF SOUTH-EAST ASIAN NATIONS AND THE STATES PARTIES TO THE TREATY ON THE SOUTHEAST ASIA NUCLEAR-WEAPON-FREE ZONE (BANGKOK TREATY))", "IDN", "ASSOCIATION OF SOUTH-EAST ASIAN NATIONS AND THE STATES PARTIES TO THE TREATY ON THE SOUTHEAST ASIA NUCLEAR-WEAPON-FREE ZONE (BANGKOK TREATY)")]
    public void Parse_StateOnBehalfOfAGroup_IsTheStateWithTheGroupBesideIt(string entry, string code, string group)
    {
        // Given a state sponsoring for a group, in the forms the documents use (parentheses, comma, the slip "of behalf")
        // When it is parsed
        var name = Assert.Single(Parse(entry));

        // Then the state is the sponsor and the group its own name, without the preamble
        Assert.Equal(SponsorClass.State, name.Class);
        Assert.Equal(code, name.State);
        Assert.Equal(group, name.OnBehalfOf);
    }

    [Fact]
    public void Parse_AListWrittenAsASentence_GivesEachStateOnce()
    {
        // Given a session-79 entry: a sentence list with "and" inside names, a group in parentheses and a final "and"
        const string entry = "Australia, Trinidad and Tobago, Nigeria (on behalf of the States Members of the United Nations that are members of the Economic Community of West African States), Saint Vincent and the Grenadines and Türkiye";

        // When it is parsed
        var names = Parse(entry);

        // Then the five sponsors come out in order, the names with "and" whole, the group with its state only
        Assert.Equal("AUS TTO NGA VCT TUR", Codes(names));
        Assert.All(names, n => Assert.Equal(SponsorClass.State, n.Class));
        Assert.Equal("ECONOMIC COMMUNITY OF WEST AFRICAN STATES", names[2].OnBehalfOf);
        Assert.Equal([null, null, null, null], names.Where((_, i) => i != 2).Select(n => n.OnBehalfOf));
    }

    [Theory]
    [InlineData("NIGERIA (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF AFRICAN STATES) AND PORTUGAL", "NGA PRT")]
    [InlineData("MAURITANIA AND UNITED REPUBLIC OF TANZANIA", "MRT TZA")]
    [InlineData("CHILE,DOMINICAN REPUBLIC", "CHL DOM")]
    [InlineData("Trinidad and Tobago and Uruguay", "TTO URY")]
    public void Parse_TwoStatesInOneEntry_GivesBoth(string entry, string codes)
    {
        // Given two sponsors in one entry, joined by "and" or a comma
        // When it is parsed
        var names = Parse(entry);

        // Then both are read, in order
        Assert.Equal(codes, Codes(names));
    }

    [Theory]
    [InlineData("SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY")]
    [InlineData("submitted by the Chair of the Committee following informal consultations")]
    [InlineData("was submitted by the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples")]
    [InlineData("the representative of Ghana, on behalf of the Bureau")]
    [InlineData("INTRODUCED IN THE COMMITTEE BY THE REPRESENTATIVE OF AUSTRIA ON BEHALF OF THE BUREAU")]
    [InlineData("ON THE BASIS OF THE REPORT OF THE CREDENTIALS COMMITTEE (A/78/605)")]
    [InlineData("EGYPT (IN ITS CAPACITY AS CHAIR OF THE COMMITTEE ON THE PEACEFUL USES OF OUTER SPACE)")]
    [InlineData("Paraguay (on behalf of the States Members of the United Nations that are members of the Bureau of the Disarmament Commission)")]
    [InlineData("AHMED MAGDY (EGYPT) AND ON THE BASIS OF INFORMAL CONSULTATIONS ON DRAFT RESOLUTION")]
    public void Parse_AnOrgansSentence_IsOneNonStateSponsor(string entry)
    {
        // Given an entry naming an office of the Assembly (even where it names the state of the office-holder)
        // When it is parsed
        var name = Assert.Single(Parse(entry));

        // Then it is one organ, with no state
        Assert.Equal(SponsorClass.Organ, name.Class);
        Assert.Null(name.State);
        Assert.Equal(SponsorListParser.Tidy(entry), name.Name);
    }

    [Theory]
    [InlineData("GE RMANY")]
    [InlineData("SOLOMON")]
    [InlineData("NORTHERN IRELAND")]
    [InlineData("MICRONESIA (FEDERATES STATES OF)")]
    [InlineData("THE AMENDMENT WAS REJECTED BY THE ASSEMBLY")]
    [InlineData("UNITED KINGDOMAND URUGUAY")]
    [InlineData("ANNEX: STAFFING TABLE FOR 2025: P. 11-12")]
    [InlineData(")")]
    public void Parse_ANameNoStateBears_IsKeptUnmapped(string entry)
    {
        // Given a misspelling, half a name cut in two, or a stray line of the document
        // When it is parsed
        var name = Assert.Single(Parse(entry));

        // Then it is kept as written, unmapped: never guessed into a state, never dropped
        Assert.Equal(SponsorClass.Unmapped, name.Class);
        Assert.Null(name.State);
        Assert.Equal(entry, name.Name);
    }

    [Fact]
    public void Parse_AListWithOneBadName_MapsTheOthersAndKeepsTheBadOne()
    {
        // Given a sentence list in which one name is misspelt
        // When it is parsed
        var names = Parse("Austria, Germ any and Uruguay");

        // Then the good names are states, also the one after the bad one's "and", and the bad one is kept, unmapped
        Assert.Equal("AUT - URY", Codes(names));
        Assert.Equal(SponsorClass.Unmapped, names[1].Class);
        Assert.Equal("Germ any", names[1].Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00a0")]
    public void Parse_ABlankEntry_NamesNoSponsor(string entry)
    {
        // Given an entry with no text
        // When it is parsed
        // Then there is nothing to map
        Assert.Empty(Parse(entry));
    }
}
