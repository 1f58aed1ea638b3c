using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core.Indexing;

namespace SearchService.Api.Cli;

/// <summary>
/// The service's configuration and services for one verb: the server's builder (the same configuration sources),
/// the same registrations and the same start-up validation, but never started, so no Kestrel and no worker run.
/// </summary>
internal static class VerbHost
{
    /// <summary>Builds the services, validates the settings as the server does at start, and runs
    /// <paramref name="verb"/>. A bad setting, or an index that cannot be opened, is a message on stderr and
    /// <see cref="ExitCodes.Failure"/>.</summary>
    public static async Task<int> RunAsync(
        string[] configuration, IndexAccess access, Func<IServiceProvider, Task<int>> verb, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = Build(configuration, access);
            app.Services.GetService<IStartupValidator>()?.Validate();
            return await verb(app.Services).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            return Fail(e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return Fail(e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail([e.Message]);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(["interrupted; what was committed before stays in the index"]);
        }
    }

    private static WebApplication Build(string[] configuration, IndexAccess access)
    {
        var builder = SearchServiceApp.CreateBuilder(configuration);
        builder.Services.AddSearchService(access);
        builder.Services.AddReadableJson();

        // stdout is the verb's output: logs go to stderr, and only warnings and errors (progress is shown instead).
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        return builder.Build();
    }

    private static int Fail(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Console.Error.WriteLine($"error: {message}");
        }

        return ExitCodes.Failure;
    }
}
