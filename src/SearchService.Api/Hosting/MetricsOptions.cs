using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>The <c>Metrics</c> section: the Prometheus scrape endpoint.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>False turns the endpoint off (it answers 404) and nothing is collected.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the endpoint answers: '/' followed by path segments.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>When set, the endpoint answers only on this port, which the server then also listens on (on the hosts
    /// it listens on for the rest); unset, it answers on the service's own port.</summary>
    public int? Port { get; set; }

    /// <summary>Read and validated while the host is being built: the path and port shape it, so a bad value stops
    /// the start there, with the same message a validation at start would give.</summary>
    internal static MetricsOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<MetricsOptions>() ?? new MetricsOptions();
        var result = new MetricsOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Section, typeof(MetricsOptions), result.Failures) : options;
    }
}
