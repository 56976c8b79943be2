using Concord.Domain;

namespace Concord.Tests.Domain;

public class DecisionTitlesTest
{
    [Theory]
    [InlineData("Reducing nuclear danger : resolution / adopted by the General Assembly", "Reducing nuclear danger")]
    [InlineData("Emoluments : resolution /  adopted by the General Assembly", "Emoluments")]
    [InlineData("Situation of human rights in Belarus: resolution / adopted by the General Assembly", "Situation of human rights in Belarus")]
    [InlineData("Situation of human rights in the Democratic Republic of the Congo : resolution / adopted by the General Assemly", "Situation of human rights in the Democratic Republic of the Congo")]
    [InlineData("Follow-up to the Durban Declaration and Programme of Action : resolution / adopted by the", "Follow-up to the Durban Declaration and Programme of Action")]
    [InlineData("Use of mercenaries : resolultion / adopted by the General Assembly", "Use of mercenaries")]
    [InlineData("Question of the Comorian island of Mayotte : resolution / by the General Assembly", "Question of the Comorian island of Mayotte")]
    [InlineData("The situation in the Middle East : resolution / addopted by the General Assembly", "The situation in the Middle East")]
    [InlineData("American Samoa : resolution / adopted by the General Assembly.", "American Samoa")]
    public void Clean_TheCatalogueStatement_IsDropped(string source, string title)
    {
        // Given a title with the Digital Library catalogue's statement, whole, misspelt or cut at a word
        // When it is cleaned
        // Then the title is left
        Assert.Equal(title, DecisionTitles.Clean(source));
    }

    [Theory]
    [InlineData("Assurances to non-nuclear-weapon States against the use or threat of use of nuclear weapons : resolutio[...]", "Assurances to non-nuclear-weapon States against the use or threat of use of nuclear weapons")]
    [InlineData("Economic and financial embargo imposed by the United States of America against Cuba : resolution / adopted by the [...]", "Economic and financial embargo imposed by the United States of America against Cuba")]
    [InlineData("Chemical Weapons and on Their Destruction :[...]", "Chemical Weapons and on Their Destruction")]
    [InlineData("Question of Namibia : resolution / adopted by the Gene[...]", "Question of Namibia")]
    [InlineData("Question of Namibia : r[...]", "Question of Namibia")]
    public void Clean_AStatementCutByTheSource_LeavesTheWholeTitle(string source, string title)
    {
        // Given a title the scrape cut at 150 characters inside the catalogue's statement, marked "[...]"
        // When it is cleaned
        // Then the title before the statement is whole, and no cut mark is left
        Assert.Equal(title, DecisionTitles.Clean(source));
    }

    [Theory]
    [InlineData("Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Te[...]", "Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Te…")]
    [InlineData("Production and Transfer of Anti-Personnel Mines and on Their Destruction [...]", "Production and Transfer of Anti-Personnel Mines and on Their Destruction…")]
    [InlineData("Question of Palestine: report of the Committee, [...]", "Question of Palestine: report of the Committee…")]
    public void Clean_ATitleCutInsideItsOwnWords_SaysItIsCut(string source, string title)
    {
        // Given a title the scrape cut before the catalogue's statement began
        // When it is cleaned
        // Then what is left ends with "…", not with the source's "[...]" nor as if it were whole
        Assert.Equal(title, DecisionTitles.Clean(source));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("[...]", null)]
    [InlineData("The situation in the Middle East", "The situation in the Middle East")]
    [InlineData("Question of Namibia: report of the Council", "Question of Namibia: report of the Council")]
    public void Clean_ATitleWithoutStatement_IsKept(string? source, string? title) => Assert.Equal(title, DecisionTitles.Clean(source));

    [Theory]
    [InlineData("We have heard the last speaker in explanation of vote before the voting. The Assembly will now take action on draft resolution A/52/L.13.")]
    [InlineData("I next put to the vote operative paragraph 7 of draft resolution A/52/L.13. A recorded vote has also been requested.")]
    [InlineData("A recorded vote has been requested. A")]
    [InlineData("The President (spoke in French): I shall now put to the vote draft resolution II.")]
    [InlineData("interpretation from Spanish): Draft resolution B is entitled _Assistance to States for curbing the traffic in small arms<d3>.")]
    [InlineData("I call on the representative of Azerbaijan. Mr. Kouliev (Azerbaijan)")]
    public void IsVerbatim_TheMeetingsRecord_IsNotATitle(string text) => Assert.True(DecisionTitles.IsVerbatim(text));

    [Theory]
    [InlineData("Human rights and unilateral coercive measures")]
    [InlineData("TO ADOPT OPERATIVE PARAGRAPH 3 OF THE SPECIAL POLITICAL COMM. DRAFT RESOL. (A/5387) EXTENDING THE MANDATE OF THE UN RELIEF AND WORKS AGENCY")]
    [InlineData("Election of the President of the General Assembly")]
    [InlineData("Report of the Special Committee on Peacekeeping Operations")]
    public void IsVerbatim_ATitleOrASourcesDescription_IsNot(string text) => Assert.False(DecisionTitles.IsVerbatim(text));

    [Theory]
    [InlineData("Question of Palestine and the occupied territories", "Question of Palestine and the occ…", "Question of Palestine and the occupied territories")]
    [InlineData("Question of Palestine", "Question of Namibia and the occ…", "Question of Namibia and the occ…")]
    [InlineData(null, "Question of Palestine and the occ…", "Question of Palestine and the occ…")]
    [InlineData("Question of Palestine", null, "Question of Palestine")]
    [InlineData("Question of Palestine", "The question of Palestine", "The question of Palestine")]
    public void Better_ACutTitle_DoesNotReplaceTheWholeOneItBeginsLike(string? held, string? incoming, string? kept) =>
        Assert.Equal(kept, DecisionTitles.Better(held, incoming));
}
