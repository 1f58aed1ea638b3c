using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Search;
using SearchService.Worker.Metrics;
using SearchService.Worker.Queue;
using SearchService.Worker.Status;
using SearchService.Worker.Watching;

namespace SearchService.Worker;

public static class IndexingServiceCollectionExtensions
{
    /// <summary>The options and limits, the index (its write side and the <see cref="SearcherSource"/> searches read
    /// from), and the worker that keeps it in step with the documents folder.</summary>
    public static IServiceCollection AddIndexing(this IServiceCollection services)
    {
        services.AddIndexSettings(IndexAccess.ReadWrite);
        services.AddSingleton(sp => OpenIndex(
            sp.GetRequiredService<IndexPaths>().IndexRoot, sp.GetRequiredService<QueryWeights>().Bm25, sp.GetRequiredService<ILogger<IndexStore>>()));
        services.AddSingleton(sp => sp.GetRequiredService<IndexStore>().Searchers);
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<IndexStatus>();
        services.AddMetrics();
        services.AddSingleton<IndexingMetrics>();
        services.AddSingleton(sp => new ChangeQueue(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<IndexingOptions>>().Value.Debounce));
        services.AddSingleton<FolderWatcher>();
        services.AddSingleton<FolderIndexer>();
        services.AddSingleton<FolderPass>();
        services.AddHostedService<IndexingWorker>();
        return services;
    }

    /// <summary>The same options, validated the same way, and the index's last commit opened read-only: nothing is
    /// written or locked, so the <c>search</c>, <c>status</c> and <c>verify</c> commands run beside a service.</summary>
    public static IServiceCollection AddReadOnlyIndex(this IServiceCollection services)
    {
        services.AddIndexSettings(IndexAccess.ReadOnly);
        services.AddSingleton(sp => OpenReadOnly(sp.GetRequiredService<IndexPaths>().IndexRoot, sp.GetRequiredService<QueryWeights>().Bm25));
        return services;
    }

    private static void AddIndexSettings(this IServiceCollection services, IndexAccess access)
    {
        services.AddOptions<IndexingOptions>()
            .BindConfiguration(IndexingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<IndexingOptions>>(new IndexingOptionsValidator(access));
        services.AddOptions<SearchLimits>()
            .BindConfiguration(SearchLimits.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<QueryWeights>()
            .BindConfiguration(QueryWeights.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SearchLimits>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<QueryWeights>>().Value);
        services.AddSingleton(sp => IndexPaths.From(sp.GetRequiredService<IOptions<IndexingOptions>>().Value));
    }

    // What stops the index from opening (the folder in use by another service, a file system error) names the setting.
    private static IndexStore OpenIndex(string indexRoot, Bm25Parameters bm25, ILogger logger)
    {
        try
        {
            return IndexStore.Open(indexRoot, logger, bm25);
        }
        catch (IOException e)
        {
            throw new IOException($"Search:IndexPath: {e.Message}", e);
        }
    }

    private static SearcherSource OpenReadOnly(string indexRoot, Bm25Parameters bm25)
    {
        try
        {
            return SearcherSource.OpenReadOnly(indexRoot, bm25);
        }
        catch (IOException e)
        {
            throw new IOException($"Search:IndexPath: {e.Message}", e);
        }
    }
}
