namespace SearchService.Core.Related;

/// <summary>How related documents are found (<see cref="RelatedDocuments"/>); defaults chosen on arqa
/// (docs/ranking.md, "Related articles").</summary>
public sealed record RelatedWeights
{
    public static RelatedWeights Default { get; } = new();

    /// <summary>How many of the body's distinctive stems are searched.</summary>
    public int TextTerms { get; init; } = 30;

    /// <summary>How many of the title's distinctive stems are searched (in titles and bodies).</summary>
    public int TitleTerms { get; init; } = 10;

    /// <summary>Weight of a title word matched in another title, against 1 for the heaviest body word.</summary>
    public float TitleBoost { get; init; } = 3f;

    /// <summary>Saturation of a word's count in the source document: the third mention adds less than the second.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>Share of three-word sequences two texts must have in common to be folded as copies of one.</summary>
    public double DuplicateThreshold { get; init; } = 0.8;
}
