using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Console;

namespace SearchService.Api.Hosting;

public static class ConsoleLogging
{
    /// <summary>
    /// With <c>Logging:Console:FormatterName=json</c> (the image's default) each entry is one JSON object per line,
    /// its structured fields under <c>State</c>; file names and reasons keep their Arabic instead of <c>\uXXXX</c>.
    /// </summary>
    public static ILoggingBuilder AddReadableJsonConsole(this ILoggingBuilder logging)
    {
        logging.Services.Configure<JsonConsoleFormatterOptions>(o =>
            o.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        return logging;
    }
}
