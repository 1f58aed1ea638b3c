using System.Text.Json;

namespace SearchService.Core.Documents;

/// <summary>
/// JSON: one object with "text" (or "body") and optional "title", "date", "url", "source", "description"
/// and "tags". Any other shape is a failure with a reason, never an exception.
/// </summary>
internal static class JsonFileParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static ParseResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return ParseResult.Fail("invalid JSON: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ParseResult.Fail($"JSON document must be an object, not {Describe(root.ValueKind)}");
            }

            var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in root.EnumerateObject())
            {
                fields.TryAdd(property.Name, property.Value);
            }

            string? error = null;
            var text = String(fields, "text", ref error) ?? String(fields, "body", ref error);
            var title = String(fields, "title", ref error);
            // Feeds name the date differently; the first one given is the document's.
            var date = String(fields, "date", ref error, allowNumber: true)
                ?? String(fields, "published", ref error, allowNumber: true)
                ?? String(fields, "publishedAt", ref error, allowNumber: true);
            var url = String(fields, "url", ref error);
            var source = String(fields, "source", ref error);
            var description = String(fields, "description", ref error);
            var category = String(fields, "category", ref error);
            var tags = category is null ? Tags(fields, ref error) : TagList.From([category, .. Tags(fields, ref error)]);

            if (error is not null)
            {
                return ParseResult.Fail(error);
            }

            if (text is null)
            {
                return ParseResult.Fail("JSON object has no \"text\" or \"body\" string");
            }

            var body = text.Trim();
            return ParseResult.Ok(new ParsedDocument(
                title is null ? TitleText.FromFirstWords(body) : TitleText.Collapse(title), body)
            {
                Date = date?.Trim(),
                Url = url?.Trim(),
                Source = source?.Trim(),
                Description = description?.Trim(),
                Tags = tags,
            });
        }
    }

    /// <summary>A string property; null when missing or null. A wrong type records the first error.</summary>
    private static string? String(
        Dictionary<string, JsonElement> fields, string name, ref string? error, bool allowNumber = false)
    {
        if (!fields.TryGetValue(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString();
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when allowNumber:
                return value.GetRawText();
            default:
                error ??= $"\"{name}\" must be a string, not {Describe(value.ValueKind)}";
                return null;
        }
    }

    private static IReadOnlyList<string> Tags(Dictionary<string, JsonElement> fields, ref string? error)
    {
        if (!fields.TryGetValue("tags", out var value))
        {
            return [];
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return [];
            case JsonValueKind.String:
                return TagList.FromString(value.GetString());
            case JsonValueKind.Array when value.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String):
                return TagList.From(value.EnumerateArray().Select(t => t.GetString()));
            default:
                error ??= "\"tags\" must be an array of strings or a comma-separated string";
                return [];
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };
}
