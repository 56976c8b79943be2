// The domain's vocabulary (votes, forums, periods, the vote matrix, state groups, issue areas) is spoken in every part
// of the brief, so it is imported once for the whole project rather than in each file.
global using Concord.Domain;

// The brief's sections are being rewritten elsewhere; until they are, they keep the old names of two renamed types.
// Remove these aliases when the sections use VetoFilter and CouncilTerms.
global using CouncilMembership = Concord.Council.CouncilTerms;
global using VetoQuery = Concord.Council.VetoFilter;
