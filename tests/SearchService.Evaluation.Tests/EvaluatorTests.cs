namespace SearchService.Evaluation.Tests;

public sealed class EvaluatorTests
{
    private static readonly double Log2Of3 = Math.Log2(3);

    [Fact]
    public void Run_OnTinySet_ComputesKnownMetricsPerQueryAndSplit()
    {
        using var data = new TinyArqa();
        var report = Evaluator.Run(new EvaluationOptions { ArqaDirectory = data.Path, Sample = 100 });

        Assert.Equal(5, report.DocumentCount);
        Assert.Equal(5, report.BaselineDocumentCount);
        var byId = report.Queries.ToDictionary(q => q.Query.Id);

        AssertMetrics(byId["q-rank1"].OursMetrics, ndcg: 1, mrr: 1, recall: 1);
        AssertMetrics(byId["q-absent"].OursMetrics, ndcg: 0, mrr: 0, recall: 0);
        Assert.Null(byId["q-absent"].OursFirstRelevant);

        // Gold (grade 2) first, the grade-1 sibling not found: DCG 2, ideal 2 + 1/log2(3).
        AssertMetrics(byId["q-graded"].OursMetrics, ndcg: 2 / (2 + (1 / Log2Of3)), mrr: 1, recall: 0.5);

        Assert.Equal(2, byId["q-rank2"].OursFirstRelevant);
        AssertMetrics(byId["q-rank2"].OursMetrics, ndcg: 1 / Log2Of3, mrr: 0.5, recall: 1);

        // An exclusion alone is a parse error for our API: no results. The baseline just ORs the terms.
        Assert.True(byId["q-reject"].Ours.ParseFailed);
        AssertMetrics(byId["q-reject"].OursMetrics, ndcg: 0, mrr: 0, recall: 0);
        AssertMetrics(byId["q-reject"].BaselineMetrics!, ndcg: 1, mrr: 1, recall: 1);

        Assert.Equal(2.5 / 5, report.All.Ours.Mrr10, 9);
        Assert.Equal(2.5 / 5, report.All.Ours.Recall100, 9);
        Assert.Equal((1 + (2 / (2 + (1 / Log2Of3))) + (1 / Log2Of3)) / 5, report.All.Ours.Ndcg10, 9);
        Assert.Equal(1, report.All.ParseFailures);

        // Gold in the top 10 for q-rank1, q-graded, q-rank2; the answer is in the first snippet of the first two.
        Assert.Equal(3, report.All.SnippetJudged);
        Assert.Equal(2, report.All.SnippetWithAnswer);
        Assert.True(byId["q-rank1"].SnippetHasAnswer);
        Assert.False(byId["q-rank2"].SnippetHasAnswer);
        Assert.Null(byId["q-absent"].SnippetHasAnswer);

        Assert.Equal(["ARCD train", "ARCD test", "XQuAD test"], report.Splits.Select(s => s.Name));
        var train = report.Splits[0];
        Assert.Equal(3, train.Queries);
        Assert.Equal(1.0 / 3, train.Ours.Mrr10, 9);
        Assert.Equal(2.0 / 3, train.Baseline!.Mrr10, 9); // the baseline finds q-rank1 and q-reject first, not q-absent
    }

    [Fact]
    public void Run_WithSampleAndSplit_KeepsOnlyTheFirstMatchingQueries()
    {
        using var data = new TinyArqa();
        var report = Evaluator.Run(new EvaluationOptions { ArqaDirectory = data.Path, Sample = 1, Split = "test", Baseline = false });

        var only = Assert.Single(report.Queries);
        Assert.Equal("q-graded", only.Query.Id);
        Assert.Null(report.All.Baseline);

        var markdown = new StringWriter();
        ReportWriter.WriteMarkdown(report, markdown);
        Assert.Contains("### ARCD test (1 queries)", markdown.ToString(), StringComparison.Ordinal);
        Assert.Contains("| MRR@10 | – | 1.000 | – |", markdown.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("القاهِرة", "القاهرة هي عاصمة مصر", true)] // diacritics
    [InlineData("مكّة المكرمة", "مكه   المكرمه", true)] // shadda, teh marbuta, spacing
    [InlineData("إلى", "الي", true)] // hamza on alef, alef maksura
    [InlineData("بغداد", "دمشق", false)]
    public void AnswerText_MatchesAfterLightNormalisation(string answer, string snippet, bool expected) =>
        Assert.Equal(expected, AnswerText.ContainsAny(snippet, [answer]));

    private static void AssertMetrics(MetricSet actual, double ndcg, double mrr, double recall)
    {
        Assert.Equal(ndcg, actual.Ndcg10, 9);
        Assert.Equal(mrr, actual.Mrr10, 9);
        Assert.Equal(recall, actual.Recall10, 9);
        Assert.Equal(recall, actual.Recall100, 9);
    }
}
