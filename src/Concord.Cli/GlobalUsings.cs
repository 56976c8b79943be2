// The measures moved to Concord.Reports (the web API shares them); one using here keeps the commands' files as they were.
global using Concord.Reports.Measures;
