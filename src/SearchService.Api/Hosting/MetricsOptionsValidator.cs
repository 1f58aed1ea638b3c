using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>A path that is not a plain URL path (it would never match, or would shadow the page at '/') and a port
/// outside 1–65535 are refused at start-up.</summary>
internal sealed partial class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        if (options.Path is null || !PathShape().IsMatch(options.Path))
        {
            return ValidateOptionsResult.Fail(
                $"Metrics:Path must start with '/' and name a path of letters, digits, '.', '_', '-' or '~' segments, such as /metrics (got '{options.Path}').");
        }

        return options.Port is < 1 or > 65535
            ? ValidateOptionsResult.Fail($"Metrics:Port must be between 1 and 65535, or unset to serve the metrics on the service's own port (got {options.Port}).")
            : ValidateOptionsResult.Success;
    }

    [GeneratedRegex(@"^(/[A-Za-z0-9._~-]+)+$")]
    private static partial Regex PathShape();
}
