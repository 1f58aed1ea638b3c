namespace SearchService.Core.Highlighting;

/// <summary>
/// Which occurrences of a phrase's terms form the phrase, by the rules Lucene's phrase scorers match with. Each
/// term occurrence at position p of the term at phrase position o stands at p − o. Exact (slop 0): every term
/// stands at the same place. Sloppy (<c>SloppyPhraseScorer</c>): one occurrence per phrase term, at distinct
/// positions (a repeated term needs as many occurrences as it has places in the phrase), with
/// max(p − o) − min(p − o) ≤ slop; order does not matter, a swapped pair costs 2.
/// </summary>
internal static class PhraseOccurrences
{
    /// <param name="occurrences">Per phrase term, its occurrences in the document.</param>
    /// <param name="phrasePositions">Per phrase term, its position in the phrase.</param>
    /// <returns>Every occurrence inside a window of the text that holds a match, once, in no particular order.</returns>
    public static List<Occurrence> Find(IReadOnlyList<IReadOnlyList<Occurrence>> occurrences, IReadOnlyList<int> phrasePositions, int slop)
    {
        var terms = occurrences.Count;
        var entries = new List<(int Place, int Term, Occurrence Occurrence)>();
        for (var t = 0; t < terms; t++)
        {
            foreach (var occurrence in occurrences[t])
            {
                entries.Add((occurrence.Position - phrasePositions[t], t, occurrence));
            }
        }

        entries.Sort((a, b) => a.Place != b.Place ? a.Place.CompareTo(b.Place) : a.Term.CompareTo(b.Term));
        var found = new HashSet<Occurrence>(); // a repeated term's occurrence stands in several entries
        var counts = new int[terms];
        var missing = terms;
        var end = 0;
        var markedTo = 0;

        // A window holds the entries whose places lie within slop of its first entry's; any match lies within
        // the window that starts at its lowest place.
        for (var start = 0; start < entries.Count; start++)
        {
            for (; end < entries.Count && entries[end].Place <= entries[start].Place + slop; end++)
            {
                if (counts[entries[end].Term]++ == 0)
                {
                    missing--;
                }
            }

            if (missing == 0 && HasDistinctPositions(entries, start, end, terms))
            {
                for (var i = Math.Max(start, markedTo); i < end; i++)
                {
                    found.Add(entries[i].Occurrence);
                }

                markedTo = end;
            }

            if (--counts[entries[start].Term] == 0)
            {
                missing++;
            }
        }

        return [.. found];
    }

    /// <summary>Whether each phrase term can take its own occurrence in the window: only a repeated term can
    /// compete for a position, so this is a small matching, tried only when two entries share a position.</summary>
    private static bool HasDistinctPositions(List<(int Place, int Term, Occurrence Occurrence)> entries, int start, int end, int terms)
    {
        var positions = new HashSet<int>();
        var shared = false;
        for (var i = start; i < end; i++)
        {
            shared |= !positions.Add(entries[i].Occurrence.Position);
        }

        if (!shared)
        {
            return true;
        }

        var candidates = new List<int>[terms];
        for (var t = 0; t < terms; t++)
        {
            candidates[t] = [];
        }

        for (var i = start; i < end; i++)
        {
            candidates[entries[i].Term].Add(entries[i].Occurrence.Position);
        }

        var owner = new Dictionary<int, int>();
        for (var t = 0; t < terms; t++)
        {
            if (!Assign(t, candidates, owner, []))
            {
                return false;
            }
        }

        return true;
    }

    // Kuhn's augmenting path: give term t a position, moving earlier terms to other positions if need be.
    private static bool Assign(int t, List<int>[] candidates, Dictionary<int, int> owner, HashSet<int> visited)
    {
        foreach (var position in candidates[t])
        {
            if (visited.Add(position) && (!owner.TryGetValue(position, out var other) || Assign(other, candidates, owner, visited)))
            {
                owner[position] = t;
                return true;
            }
        }

        return false;
    }
}
