using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

public static class ShutdownSetup
{
    /// <summary>The drain on stop (<see cref="ShutdownDrain"/>) and a host shutdown timeout that covers it and the
    /// finish after it: the default 30 s would otherwise cut a long drain short.</summary>
    public static IServiceCollection AddShutdownDrain(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.DrainSeconds + shutdown.Value.FinishSeconds));
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        return services;
    }
}
