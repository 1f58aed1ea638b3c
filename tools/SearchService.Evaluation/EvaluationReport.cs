namespace SearchService.Evaluation;

/// <summary>Everything one run measured; <see cref="ReportWriter"/> turns it into Markdown.</summary>
internal sealed record EvaluationReport(
    EvaluationOptions Options,
    int DocumentCount,
    int BaselineDocumentCount,
    SplitReport All,
    IReadOnlyList<SplitReport> Splits,
    IReadOnlyList<QueryOutcome> Queries,
    TimeSpan LoadTime,
    TimeSpan IndexTime,
    TimeSpan QueryTime,
    TimeSpan BaselineIndexTime,
    TimeSpan BaselineQueryTime);
