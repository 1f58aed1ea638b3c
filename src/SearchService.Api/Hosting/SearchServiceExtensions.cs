using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Related;
using SearchService.Core.Search;
using SearchService.Core.Suggest;
using SearchService.Api.Endpoints;
using SearchService.Worker;

namespace SearchService.Api.Hosting;

public static class SearchServiceExtensions
{
    /// <summary>The indexing worker and its index, the search engine over it, and the admin settings. With
    /// <see cref="IndexAccess.ReadOnly"/> (the command line's readers), the same settings and the index's last commit,
    /// without the worker.</summary>
    public static IServiceCollection AddSearchService(this IServiceCollection services, IndexAccess access = IndexAccess.ReadWrite)
    {
        if (access == IndexAccess.ReadOnly)
        {
            services.AddReadOnlyIndex();
        }
        else
        {
            services.AddIndexing();
        }

        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddOptions<SearchLogOptions>().BindConfiguration(SearchLogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CursorOptions>().BindConfiguration(CursorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // A singleton the container disposes: the searchers cursors keep are released at shutdown.
        services.AddSingleton(sp => new PinnedSearchers(sp.GetRequiredService<IOptions<CursorOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SearchEngine(
            sp.GetRequiredService<SearcherSource>(),
            sp.GetRequiredService<QueryWeights>(),
            new SnippetBuilder(),
            sp.GetRequiredService<SearchLimits>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<PinnedSearchers>()));
        services.AddSingleton(sp => new RelatedDocuments(sp.GetRequiredService<SearcherSource>()));
        services.AddSingleton(sp => new Completions(sp.GetRequiredService<SearcherSource>()));
        services.AddRelatedRoute();
        return services;
    }

    /// <summary>JSON as camelCase with Arabic (and the &lt;mark&gt; of snippets) written as is, not as \uXXXX.</summary>
    public static IServiceCollection AddReadableJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
}
