using SearchService.Core.Querying;

namespace SearchService.Core.Tests.Querying;

public sealed class QuerySyntaxParserTests
{
    /// <summary>Query → its groups written compactly: kind letter (O optional, R required, X excluded) and items.</summary>
    [Theory]
    [InlineData("ماسك ألتمان", "O[ماسك] O[ألتمان]")]
    [InlineData("\"الذكاء الاصطناعي\"", "R[\"الذكاء الاصطناعي\"]")]
    [InlineData("\"الذكاء الاصطناعي\"~5", "R[\"الذكاء الاصطناعي\"~5]")]
    [InlineData("\"الذكاء الاصطناعي\"~٣", "R[\"الذكاء الاصطناعي\"~3]")]
    [InlineData("\"كلمات\"~99999999", "R[\"كلمات\"~100]")]
    [InlineData("«الذكاء الاصطناعي»", "R[\"الذكاء الاصطناعي\"]")]
    [InlineData("\"غير مغلق", "R[\"غير مغلق\"]")]
    [InlineData("ماسك -تسلا", "O[ماسك] X[تسلا]")]
    [InlineData("ماسك -\"سيارات كهربائية\"", "O[ماسك] X[\"سيارات كهربائية\"]")]
    [InlineData("ماسك NOT تسلا", "O[ماسك] X[تسلا]")]
    [InlineData("+ماسك ألتمان", "R[ماسك] O[ألتمان]")]
    [InlineData("ماسك OR ألتمان فضاء", "O[ماسك|ألتمان] O[فضاء]")]
    [InlineData("ماسك || ألتمان", "O[ماسك|ألتمان]")]
    [InlineData("OR ماسك OR", "O[ماسك]")]
    [InlineData("ماسك AND ألتمان", "O[ماسك] O[ألتمان]")]
    [InlineData("الاستكش*", "O[الاستكش*]")]
    [InlineData("title:ماسك", "O[title:ماسك]")]
    [InlineData("TITLE:\"إيلون ماسك\"", "R[title:\"إيلون ماسك\"]")]
    [InlineData("text:ماسك", "O[text:ماسك]")]
    [InlineData("ماسك~", "O[ماسك~2]")]
    [InlineData("ماسك~1", "O[ماسك~1]")]
    [InlineData("ماسك~9", "O[ماسك~2]")]
    [InlineData("(ماسك) [ألتمان]", "O[ماسك] O[ألتمان]")]
    [InlineData("- + ! ؟ ،", "")]
    [InlineData("", "")]
    [InlineData("url:http://x", "O[url:http://x]")]
    public void Parse_ReadsTheDocumentedSyntax(string query, string expected) =>
        Assert.Equal(expected, Describe(QuerySyntaxParser.Parse(query)));

    [Theory]
    [InlineData("*")]
    [InlineData("*ماسك")]
    [InlineData("ما*سك")]
    [InlineData("م*")]
    [InlineData("**")]
    public void Parse_WithMeaninglessWildcard_ExplainsWhatIsWrong(string query)
    {
        var error = Assert.Throws<QueryParseException>(() => QuerySyntaxParser.Parse(query));

        Assert.Contains("*", error.Message, StringComparison.Ordinal);
    }

    private static string Describe(ParsedQuery query) => string.Join(" ", query.Groups.Select(g =>
        $"{g.Kind.ToString()[0] switch { 'O' => 'O', 'R' => 'R', _ => 'X' }}[{string.Join("|", g.Alternatives.Select(Describe))}]"));

    private static string Describe(QueryItem item)
    {
        var scope = item.Scope switch { FieldScope.Title => "title:", FieldScope.Text => "text:", _ => "" };
        return item switch
        {
            PhraseItem p => $"{scope}\"{p.Text}\"{(p.Slop > 0 ? $"~{p.Slop}" : "")}",
            WordItem w => $"{scope}{w.Text}{(w.Prefix ? "*" : "")}{(w.MaxEdits is { } e ? $"~{e}" : "")}",
            _ => "?",
        };
    }
}
