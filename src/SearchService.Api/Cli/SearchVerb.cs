using System.CommandLine;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Endpoints;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Cli;

/// <summary><c>search "…" [--size N] [--page N] [--json]</c>: the <c>/api/search</c> handler itself (the same
/// checks, messages and results) over the index's last commit, opened read-only.</summary>
internal static class SearchVerb
{
    public static Command Create(string[] configuration)
    {
        var query = new Argument<string>("query") { Description = "What to search for, as typed in the page: words, \"a phrase\", -word, word*, title:word." };
        // Taken as text and checked by the handler, so a bad value gets /api/search's message.
        var size = new Option<string>("--size") { Description = "Results per page, from 1 to Search:Limits:MaxPageSize (default 10)." };
        var page = new Option<string>("--page") { Description = "Which page of results (default 1)." };
        var json = new Option<bool>("--json") { Description = "Print the JSON /api/search answers with." };
        var command = new Command("search", "Search the index and print ranked results with the matches in their snippets marked.") { query, size, page, json };
        command.SetAction((parse, cancellationToken) => VerbHost.RunAsync(
            configuration,
            IndexAccess.ReadOnly,
            services => Task.FromResult(Run(services, parse.GetValue(query)!, parse.GetValue(page), parse.GetValue(size), parse.GetValue(json), cancellationToken)),
            cancellationToken));
        return command;
    }

    private static int Run(IServiceProvider services, string query, string? page, string? size, bool json, CancellationToken cancellationToken)
    {
        var answer = SearchEndpoints.Search(
            services.GetRequiredService<SearchEngine>(),
            services.GetRequiredService<SearchLimits>(),
            cancellationToken,
            query,
            page,
            size);
        switch (answer.Result)
        {
            case Ok<SearchResponse> { Value: { } results }:
                if (json)
                {
                    ApiJson.Print(services, results);
                }
                else
                {
                    SearchResultsText.Write(results, Console.Out, MarkStyle.ForConsole());
                }

                return ExitCodes.Success;
            case ProblemHttpResult problem:
                Console.Error.WriteLine($"error: {problem.ProblemDetails.Detail}");
                return ExitCodes.Usage;
            default:
                throw new InvalidOperationException($"unexpected search result {answer.Result.GetType().Name}");
        }
    }
}
