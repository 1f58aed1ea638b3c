using SearchService.Api;
using SearchService.Api.Cli;
using SearchService.Api.Hosting;

// The Docker HEALTHCHECK runs the app in probe mode: the aspnet image has no curl.
if (HealthCheckProbe.IsRequested(args))
{
    return await HealthCheckProbe.RunAsync();
}

// With a verb (index, search, status, verify) the program is a tool over the same index and configuration.
if (Verbs.IsRequested(args))
{
    return await Verbs.RunAsync(args);
}

var app = SearchServiceApp.Build(args);
await app.RunAsync();
return 0;
