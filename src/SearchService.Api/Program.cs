using SearchService.Api;
using SearchService.Api.Hosting;

// The Docker HEALTHCHECK runs the app in probe mode: the aspnet image has no curl.
if (HealthCheckProbe.IsRequested(args))
{
    return await HealthCheckProbe.RunAsync();
}

var app = SearchServiceApp.Build(args);
await app.RunAsync();
return 0;
