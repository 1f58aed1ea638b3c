using SearchService.Api;

var app = SearchServiceApp.Build(args);
await app.RunAsync();
