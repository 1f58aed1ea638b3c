namespace SearchService.Core.Tests.Analysis;

/// <summary>A tab-separated word → expected form file copied beside the tests; '#' lines are comments.</summary>
internal static class GoldenFile
{
    public static TheoryData<string, string> Read(string name)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Analysis", name)).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            data.Add(columns[0], columns[1]);
        }

        return data;
    }
}
