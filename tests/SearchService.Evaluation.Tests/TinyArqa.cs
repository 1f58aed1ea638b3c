using System.Text.Json;

namespace SearchService.Evaluation.Tests;

/// <summary>
/// A five-query arqa-format data set written to a temp folder, small enough that every rank is known:
/// q-rank1 finds its gold first, q-absent's document matches none of its words, q-graded finds its gold but
/// not its sibling, q-rank2 has a denser document above its gold, and q-reject is refused by our parser.
/// </summary>
internal sealed class TinyArqa : IDisposable
{
    public TinyArqa()
    {
        Directory.CreateDirectory(Path);
        WriteLines("docs.jsonl",
            Doc("d-cairo", "مدينة", "القاهرة هي عاصمة مصر وأكبر مدنها."),
            Doc("d-paris", "مدينة أوروبية", "باريس عاصمة فرنسا وتقع على ضفاف نهر السين."),
            Doc("d-elephant", "حيوان", "الفيل حيوان ثديي كبير يعيش في أفريقيا وآسيا."),
            Doc("d-stars", "نجوم", "الشمس الشمس الشمس نجم."),
            Doc("d-orbit", "الفضاء", "يدور القمر حول الأرض، والأرض تدور حول الشمس في مدار طويل يستغرق سنة كاملة تقريبا."));
        WriteLines("queries.tsv",
            "q-rank1\tما هي عاصمة مصر؟\td-cairo",
            "q-absent\tكم عدد سكان طوكيو؟\td-elephant",
            "q-graded\tنهر السين في فرنسا\td-paris,d-cairo",
            "q-rank2\tالشمس\td-orbit",
            "q-reject\t-مصر\td-cairo");
        WriteLines("qrels.txt",
            "q-rank1 0 d-cairo 2",
            "q-absent 0 d-elephant 2",
            "q-graded 0 d-paris 2",
            "q-graded 0 d-cairo 1",
            "q-rank2 0 d-orbit 2",
            "q-reject 0 d-cairo 2");
        WriteLines("queries.meta.jsonl",
            Meta("q-rank1", "arcd", "train", "d-cairo", "القاهِرة"), // a diacritic the snippet lacks
            Meta("q-absent", "arcd", "train", "d-elephant", "الفيل"),
            Meta("q-graded", "arcd", "test", "d-paris", "نهر  السين"), // doubled space
            Meta("q-rank2", "xquad", "test", "d-orbit", "غير موجود"), // not in the text: a snippet miss
            Meta("q-reject", "arcd", "train", "d-cairo", "القاهرة"));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "searchservice-eval-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static string Doc(string id, string title, string text) =>
        JsonSerializer.Serialize(new { id, title, text, source = "arcd", article = "a1" });

    private static string Meta(string qid, string source, string split, string gold, string answer) =>
        JsonSerializer.Serialize(new { qid, source, split, article = "a1", gold, answers = new[] { answer } });

    private void WriteLines(string name, params string[] lines) =>
        File.WriteAllLines(System.IO.Path.Combine(Path, name), lines);
}
