using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>Checks what data annotations cannot: the documents folder exists and the two paths differ.</summary>
internal sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DocumentsPath) || string.IsNullOrWhiteSpace(options.IndexPath))
        {
            return ValidateOptionsResult.Skip; // reported by the [Required] attributes
        }

        var documents = Path.GetFullPath(options.DocumentsPath);
        var index = Path.GetFullPath(options.IndexPath);
        if (!Directory.Exists(documents))
        {
            return ValidateOptionsResult.Fail($"Search:DocumentsPath: the folder '{documents}' does not exist.");
        }

        if (string.Equals(documents.TrimEnd('/'), index.TrimEnd('/'), StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail("Search:IndexPath must not be the documents folder itself (Search:DocumentsPath).");
        }

        if (!string.IsNullOrWhiteSpace(options.AdminApiKey) && options.AdminApiKey.Length < SearchOptions.MinAdminApiKeyLength)
        {
            return ValidateOptionsResult.Fail($"Search:AdminApiKey must be at least {SearchOptions.MinAdminApiKeyLength} characters (or unset to disable the rebuild endpoint).");
        }

        return ValidateOptionsResult.Success;
    }
}
