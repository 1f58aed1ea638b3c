namespace SearchService.Api.Hosting;

/// <summary>The administration settings of the <c>Search</c> section.</summary>
public sealed class AdminOptions
{
    public const string Section = "Search";

    public const int MinAdminApiKeyLength = 16;

    /// <summary>The key that <c>POST /api/index/rebuild</c> requires in <c>X-Api-Key</c>. Unset (the default) or
    /// blank disables the endpoint; when set it must be at least <see cref="MinAdminApiKeyLength"/> characters.</summary>
    public string? AdminApiKey { get; set; }
}
