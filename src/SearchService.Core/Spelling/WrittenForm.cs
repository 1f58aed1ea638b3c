using System.Text;
using SearchService.Core.Analysis;

namespace SearchService.Core.Spelling;

/// <summary>
/// Puts a correction found among the index's folded words back into the letters the reader typed: letters the
/// correction keeps are shown as typed (أ stays أ, ة stays ة, harakat stay), only the changed ones come from the
/// index's word. So بالأظطراب becomes بالأضطراب, not the folded بالاضطراب.
/// </summary>
internal static class WrittenForm
{
    /// <summary>Folds a typed word letter by letter: the folded word, and for each of its letters the typed text it
    /// came from (a removed mark rides along with the letter before it). Null when a letter folds to several.</summary>
    public static (string Folded, string[] Sources)? Fold(string typed)
    {
        var table = ArabicCharacterMap.Replacements;
        var folded = new StringBuilder(typed.Length);
        var sources = new List<StringBuilder>();
        var leading = new StringBuilder();
        foreach (var c in typed)
        {
            var replacement = table[c] ?? c.ToString();
            if (replacement.Length == 0)
            {
                (sources.Count > 0 ? sources[^1] : leading).Append(c);
                continue;
            }

            if (replacement.Length > 1)
            {
                return null;
            }

            folded.Append(char.ToLowerInvariant(replacement[0]));
            sources.Add(new StringBuilder().Append(c));
        }

        if (sources.Count > 0)
        {
            sources[0].Insert(0, leading.ToString());
        }

        return (folded.ToString(), [.. sources.Select(s => s.ToString())]);
    }

    /// <summary>The typed word with the changes from its folded form to <paramref name="correctedFolded"/> applied.</summary>
    public static string Apply(string typed, string correctedFolded)
    {
        if (Fold(typed) is not var (folded, sources))
        {
            return correctedFolded;
        }

        var written = new StringBuilder(correctedFolded.Length + 4);
        foreach (var step in SlipDistance.Align(folded, correctedFolded))
        {
            if (!step.Changed)
            {
                written.Append(sources[step.TypedIndex]);
            }
            else if (step.Typed == 2)
            {
                written.Append(sources[step.TypedIndex + 1]).Append(sources[step.TypedIndex]); // a swapped pair, as typed
            }
            else
            {
                written.Append(step.Written);
            }
        }

        return written.ToString();
    }
}
