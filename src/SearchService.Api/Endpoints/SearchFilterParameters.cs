using System.Globalization;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

/// <summary>The search's <c>from</c>, <c>to</c>, <c>source</c>, <c>tag</c> and <c>sort</c> parameters, checked and
/// read; a bad one is an Arabic and English message saying which.</summary>
internal static class SearchFilterParameters
{
    /// <summary>More values than this in one <c>source</c> or <c>tag</c> list are refused.</summary>
    public const int MaxValues = 50;

    /// <summary>Longer values are refused: no source or tag is this long.</summary>
    public const int MaxValueLength = 200;

    public static string? TryRead(string? from, string? to, string[]? source, string[]? tag, string? sort, out SearchFilters filters, out SearchSort order)
    {
        filters = SearchFilters.None;
        order = SearchSort.Relevance;
        if (!TryDate(from, out var fromDay))
        {
            return $"التاريخ from غير صالح: اكتبه بالصيغة YYYY-MM-DD، مثل 2018-05-22. (from must be a date as YYYY-MM-DD, not '{from}'.)";
        }

        if (!TryDate(to, out var toDay))
        {
            return $"التاريخ to غير صالح: اكتبه بالصيغة YYYY-MM-DD، مثل 2018-05-22. (to must be a date as YYYY-MM-DD, not '{to}'.)";
        }

        if (fromDay > toDay)
        {
            return "التاريخ from بعد التاريخ to: لا شيء بينهما. (from is after to.)";
        }

        if (Values(source) is not { } sources)
        {
            return $"المعامل source: حتى {MaxValues} قيمة غير فارغة، كل منها حتى {MaxValueLength} حرف. (source: up to {MaxValues} non-empty values of up to {MaxValueLength} characters.)";
        }

        if (Values(tag) is not { } tags)
        {
            return $"المعامل tag: حتى {MaxValues} قيمة غير فارغة، كل منها حتى {MaxValueLength} حرف. (tag: up to {MaxValues} non-empty values of up to {MaxValueLength} characters.)";
        }

        switch (sort)
        {
            case null or "" or "relevance":
                break;
            case "date":
                order = SearchSort.Date;
                break;
            default:
                return "الترتيب sort إما relevance (الصلة) أو date (الأحدث أولًا). (sort must be relevance or date.)";
        }

        filters = new SearchFilters(fromDay, toDay) { Sources = sources, Tags = tags };
        return null;
    }

    private static bool TryDate(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        day = parsed;
        return true;
    }

    private static string[]? Values(string[]? values) =>
        values is null || values.Length == 0 ? []
        : values.Length > MaxValues || values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > MaxValueLength) ? null
        : values;
}
