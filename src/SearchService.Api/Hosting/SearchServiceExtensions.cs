using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using SearchService.Api.Worker;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;

namespace SearchService.Api.Hosting;

public static class SearchServiceExtensions
{
    /// <summary>Options, the index, the search engine and the indexing worker.</summary>
    public static IServiceCollection AddSearchService(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => SearchPaths.From(sp.GetRequiredService<IOptions<SearchOptions>>().Value));
        services.AddSingleton(sp => IndexStore.Open(
            sp.GetRequiredService<SearchPaths>().IndexRoot,
            sp.GetRequiredService<ILogger<IndexStore>>()));
        services.AddSingleton(sp => new SearchEngine(
            sp.GetRequiredService<IndexStore>(),
            new SearchLimits { TimeBudget = TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<SearchOptions>>().Value.QueryTimeoutMilliseconds) },
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<IndexStatus>();
        services.AddSingleton(sp => new ChangeQueue(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SearchOptions>>().Value.Debounce));
        services.AddSingleton<FolderWatcher>();
        services.AddSingleton<FolderIndexer>();
        services.AddHostedService<IndexingWorker>();
        return services;
    }

    /// <summary>JSON as camelCase with Arabic (and the &lt;mark&gt; of snippets) written as is, not as \uXXXX.</summary>
    public static IServiceCollection AddReadableJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
