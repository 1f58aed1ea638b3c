using System.Text.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SearchService.Api.Cli;

/// <summary>JSON as the API writes it (its own serializer options: camelCase, Arabic unescaped), for <c>--json</c>.</summary>
internal static class ApiJson
{
    public static void Print<T>(IServiceProvider services, T value) =>
        Console.WriteLine(JsonSerializer.Serialize(value, services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
}
