// The agreement measures and the query layer are in Core; the brief composes the same questions.
global using Concord.Analysis.Agreement;
global using Concord.Queries;
