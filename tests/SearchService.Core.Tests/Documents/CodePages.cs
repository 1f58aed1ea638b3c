using System.Text;

namespace SearchService.Core.Tests.Documents;

/// <summary>Windows-1256 for tests that must produce legacy Arabic bytes.</summary>
internal static class CodePages
{
    public static readonly Encoding Windows1256 = Create();

    private static Encoding Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }
}
