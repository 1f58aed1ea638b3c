using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Api.Documentation;
using SearchService.Core.Documents;
using SearchService.Core.Querying;
using SearchService.Core.Related;
using SearchService.Core.Search;

namespace SearchService.Api.Endpoints;

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/documents")
            .WithTags("Documents")
            .RequireRateLimiting(Hosting.RateLimiting.PerClient);
        documents.MapGet(RelatedRoute.Pattern, GetRelated)
            .WithMetadata(new RelatedRoute.Marker())
            .WithName("GetRelatedDocuments")
            .WithSummary("The documents most like this one")
            .WithDescription(
                "يعيد أكثر الوثائق الأخرى شبهًا بهذه الوثيقة: بكلماتها المميزة في النص والعنوان، دون الوثيقة نفسها ودون نسخها المكررة.\n\n"
                + "The other documents most like this one, most similar first: found by its distinctive words (body "
                + "stems and unstemmed words weighted by BM25 tf-idf, title words boosted), without the document itself "
                + "and with copies of one text (the same article saved twice) folded into one. Each comes with its title, "
                + "date and the opening of its text.")
            .WithProblem(StatusCodes.Status400BadRequest,
                "size ليس عددًا بين 1 و20.\n\nsize is not a whole number from 1 to 20.")
            .WithProblem(StatusCodes.Status404NotFound,
                "لا توجد وثيقة بهذا المعرّف.\n\nNo document with this id.");
        documents.MapGet("/{**id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("One whole document and its metadata; with q, its text with the query's words marked")
            .WithDescription(
                "يعيد الوثيقة كاملة مع بياناتها الوصفية؛ ومع q يعيد عنوانها ونصها كاملين وقد عُلِّمت فيهما كلمات الاستعلام.\n\n"
                + "The whole document and its metadata. With `q`, `titleHtml`/`textHtml` are the title and the whole "
                + "text with the query's words marked, and `titleParts`/`textParts` the same as parts; all four are "
                + "null without `q`.")
            .WithProblem(StatusCodes.Status400BadRequest,
                "q أطول من الحد أو استعلام مرفوض.\n\nq is too long, or a query the parser refuses.")
            .WithProblem(StatusCodes.Status404NotFound,
                "لا توجد وثيقة بهذا المعرّف.\n\nNo document with this id.");
        return app;
    }

    /// <summary>Most related documents at most.</summary>
    public const int MaxRelated = 20;

    public const int DefaultRelated = 5;

    public static Results<Ok<RelatedResponse>, ProblemHttpResult> GetRelated(
        [Description("معرّف الوثيقة (مسارها داخل مجلد المقالات، بـ /) متبوعًا بـ /related.\n\nThe document's id (its path inside "
            + "the documents folder, with /), followed by /related.")]
        string id,
        RelatedDocuments related,
        CancellationToken cancellationToken,
        [Description("عدد الوثائق المطلوبة، من 1 إلى 20 (الافتراضي 5).\n\nHow many related documents, 1 to 20 (default 5).")]
        string? size = null)
    {
        if (!SearchEndpoints.TryParse(size, DefaultRelated, out var count) || count < 1 || count > MaxRelated)
        {
            return TypedResults.Problem($"عدد الوثائق size يجب أن يكون بين 1 و{MaxRelated}. (size must be between 1 and {MaxRelated}.)",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid related request");
        }

        var documentId = RelatedRoute.IdOf(id);
        if (related.Find(documentId, count, cancellationToken) is not { } hits)
        {
            return TypedResults.Problem("لا توجد وثيقة بهذا المعرّف. (No document with this id.)", statusCode: StatusCodes.Status404NotFound, title: "Document not found");
        }

        return TypedResults.Ok(new RelatedResponse(documentId, [.. hits.Select(h => new RelatedDocumentResponse(
            h.Id, h.Title, h.Date, h.DateSource, h.Source, h.Url, Math.Round(h.Score, 4), h.Snippet.PlainText))]));
    }

    /// <summary>Looks the id up in the index only: an id never reaches the file system.</summary>
    public static Results<Ok<DocumentResponse>, ProblemHttpResult> GetDocument(
        [Description("معرّف الوثيقة: مسارها داخل مجلد المقالات، بـ / (مثل sub/article.txt).\n\nThe document's id: its path "
            + "inside the documents folder, with / (such as sub/article.txt); send the slashes as they are, not as %2F.")]
        string id,
        SearchEngine engine,
        SearchLimits limits,
        [Description("اختياري: تُعلَّم كلمات هذا الاستعلام في العنوان والنص.\n\nOptional: mark this query's words in the "
            + "title and text.")]
        string? q = null)
    {
        if (q is not null && q.Length > limits.MaxQueryLength)
        {
            return TypedResults.Problem("الاستعلام طويل جدًا.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var result = engine.Get(id, q);
            if (result is null)
            {
                return TypedResults.Problem("لا توجد وثيقة بهذا المعرّف. (No document with this id.)", statusCode: StatusCodes.Status404NotFound, title: "Document not found");
            }

            var (d, title, text) = (result.Document, result.Title, result.Text);
            var (date, dateSource) = DocumentDate.Of(d);
            return TypedResults.Ok(new DocumentResponse(
                d.Id,
                d.Title,
                title is null ? null : FragmentHtml.Render(title),
                title is null ? null : MarkedPart.From(title.Parts),
                d.Text,
                text is null ? null : FragmentHtml.Render(text),
                text is null ? null : MarkedPart.From(text.Parts),
                d.Id,
                d.Modified,
                d.Length,
                date,
                dateSource,
                d.Url,
                d.Source,
                d.Description,
                d.Tags));
        }
        catch (QueryParseException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid search request");
        }
    }
}
