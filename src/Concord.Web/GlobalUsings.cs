// The query layer (questions, their parser and the record they read) is in Core; every endpoint uses it.
global using Concord.Questions;
