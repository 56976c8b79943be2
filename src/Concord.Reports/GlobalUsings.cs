// The domain's vocabulary (votes, forums, periods, the vote matrix, state groups, issue areas) is spoken in every part
// of the brief, so it is imported once for the whole project rather than in each file.
global using Concord.Domain;
