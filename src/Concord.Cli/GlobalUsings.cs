// The agreement measures and the query layer are in Core; every command reads them.
global using Concord.Analysis.Agreement;
global using Concord.Questions;
