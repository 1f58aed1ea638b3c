using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>A short admin key is refused at start-up rather than accepted and guessed.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        !string.IsNullOrWhiteSpace(options.AdminApiKey) && options.AdminApiKey.Length < AdminOptions.MinAdminApiKeyLength
            ? ValidateOptionsResult.Fail($"Search:AdminApiKey must be at least {AdminOptions.MinAdminApiKeyLength} characters (or unset to disable the rebuild endpoint).")
            : ValidateOptionsResult.Success;
}
