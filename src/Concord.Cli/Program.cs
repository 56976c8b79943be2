using Concord.Cli;

return ConcordApp.Run(args, Console.Out, Console.Error);
