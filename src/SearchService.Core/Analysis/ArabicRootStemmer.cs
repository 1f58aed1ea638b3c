namespace SearchService.Core.Analysis;

/// <summary>
/// Reduces a folded Arabic word to its (usually three-letter) root: يسافر، المسافرون and بالسفر all become سفر.
/// This is the ISRI stemmer (Taghva, Elkhoury and Coombs, "Arabic Stemming without a Root Dictionary", 2005)
/// as NLTK implements it (nltk.stem.isri, Apache-2.0), ported rule for rule, with one change: our text is
/// folded (ة → ه), so the patterns that look for a final ة look for ه. Before that change the port gave NLTK's
/// root for all 347,217 distinct words of the evaluation corpus; after it, 2,227 words ending in ه differ
/// (مكتبه now gives كتب, as مكتبة does in NLTK). Roots conflate far more than light stems (كاتب and مكتب share
/// كتب), so they are an extra field that lets a question reach a passage that words it differently; the
/// light stem and the exact form still decide the ranking.
/// </summary>
internal static class ArabicRootStemmer
{
    private static readonly string[] Prefixes3 = ["كال", "بال", "ولل", "وال"];
    private static readonly string[] Prefixes2 = ["ال", "لل"];
    private const string Prefixes1 = "لبفسويتنا";
    private static readonly string[] Suffixes3 = ["تمل", "همل", "تان", "تين", "كمل"];
    private static readonly string[] Suffixes2 = ["ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما", "هم"];
    private const string Suffixes1 = "ةهيكتان";

    // Words ISRI leaves whole (auxiliaries and particles); kept as NLTK has them.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "يكون", "وليس", "وكان", "كذلك", "التي", "وبين", "عليها", "مساء", "الذي", "وكانت", "ولكن", "والتي",
        "تكون", "اليوم", "اللذين", "عليه", "كانت", "لذلك", "أمام", "هناك", "منها", "مازال", "لازال", "لايزال",
        "مايزال", "اصبح", "أصبح", "أمسى", "امسى", "أضحى", "اضحى", "مابرح", "مافتئ", "ماانفك", "لاسيما",
        "ولايزال", "الحالي", "اليها", "الذين", "فانه", "والذي", "وهذا", "لهذا", "فكان", "ستكون", "اليه",
        "يمكن", "بهذا", "الذى",
    };

    public static string Stem(string word)
    {
        if (StopWords.Contains(word))
        {
            return word;
        }

        word = RemovePrefix32(word);
        word = RemoveSuffix32(word);
        if (word.Length >= 4 && word.StartsWith("وو", StringComparison.Ordinal))
        {
            word = word[1..];
        }

        if (word.Length > 0 && word[0] is 'آ' or 'أ' or 'إ')
        {
            word = "ا" + word[1..];
        }

        switch (word.Length)
        {
            case 4:
                return Pattern4(word);
            case 5:
                return End5(Pattern53(word));
            case 6:
                return End6(Pattern6(word));
            case 7:
                word = RemoveSuffix1(word);
                if (word.Length == 7)
                {
                    word = RemovePrefix1(word);
                }

                return word.Length == 6 ? End6(Pattern6(word)) : word;
            default:
                return word;
        }
    }

    private static string RemovePrefix32(string word)
    {
        if (word.Length >= 6 && Array.Find(Prefixes3, p => word.StartsWith(p, StringComparison.Ordinal)) is not null)
        {
            return word[3..];
        }

        return word.Length >= 5 && Array.Find(Prefixes2, p => word.StartsWith(p, StringComparison.Ordinal)) is not null ? word[2..] : word;
    }

    private static string RemoveSuffix32(string word)
    {
        if (word.Length >= 6 && Array.Find(Suffixes3, s => word.EndsWith(s, StringComparison.Ordinal)) is not null)
        {
            return word[..^3];
        }

        return word.Length >= 5 && Array.Find(Suffixes2, s => word.EndsWith(s, StringComparison.Ordinal)) is not null ? word[..^2] : word;
    }

    private static string RemoveSuffix1(string word) => word.Length > 0 && Suffixes1.Contains(word[^1]) ? word[..^1] : word;

    private static string RemovePrefix1(string word) => word.Length > 0 && Prefixes1.Contains(word[0]) ? word[1..] : word;

    // Four letters → three-letter root.
    private static string Pattern4(string w)
    {
        if (w[0] == 'م')
        {
            return w[1..]; // مفعل
        }

        if (w[1] == 'ا')
        {
            return w[..1] + w[2..]; // فاعل
        }

        if (w[2] is 'ا' or 'و' or 'ي')
        {
            return w[..2] + w[3]; // فعال، فعول، فعيل
        }

        if (w[3] == 'ه')
        {
            return w[..^1]; // فعلة
        }

        w = RemoveSuffix1(w);
        return w.Length == 4 ? RemovePrefix1(w) : w;
    }

    // Five letters → three-letter root.
    private static string Pattern53(string w)
    {
        if (w[2] is 'ا' or 'ت' && w[0] == 'ا')
        {
            return w[1] + w[3..]; // افتعل، افاعل
        }

        if (w[3] is 'ا' or 'ي' or 'و' && w[0] == 'م')
        {
            return w[1..3] + w[4]; // مفعول، مفعال، مفعيل
        }

        if (w[0] is 'ا' or 'ت' or 'م' && w[4] == 'ه')
        {
            return w[1..4]; // مفعلة، تفعلة، افعلة
        }

        if (w[0] is 'م' or 'ي' or 'ت' && w[2] == 'ت')
        {
            return w[1] + w[3..]; // مفتعل، يفتعل، تفتعل
        }

        if (w[0] is 'م' or 'ت' && w[2] == 'ا')
        {
            return w[1] + w[3..]; // مفاعل، تفاعل
        }

        if (w[2] is 'ا' or 'و' && w[4] == 'ه')
        {
            return w[..2] + w[3]; // فعولة، فعالة
        }

        if (w[0] is 'ا' or 'م' && w[1] == 'ن')
        {
            return w[2..]; // انفعل، منفعل
        }

        if (w[3] == 'ا' && w[0] == 'ا')
        {
            return w[1..3] + w[4]; // افعال
        }

        if (w[4] == 'ن' && w[3] == 'ا')
        {
            return w[..3]; // فعلان
        }

        if (w[3] == 'ي' && w[0] == 'ت')
        {
            return w[1..3] + w[4]; // تفعيل
        }

        if (w[3] == 'و' && w[1] == 'ا')
        {
            return string.Concat(w[0], w[2], w[4]); // فاعول
        }

        if (w[2] == 'ا' && w[1] == 'و')
        {
            return w[0] + w[3..]; // فواعل
        }

        if (w[3] == 'ئ' && w[2] == 'ا')
        {
            return w[..2] + w[4]; // فعائل
        }

        if (w[4] == 'ه' && w[1] == 'ا')
        {
            return w[0] + w[2..4]; // فاعلة
        }

        if (w[4] == 'ي' && w[2] == 'ا')
        {
            return w[..2] + w[3]; // فعالي
        }

        w = RemoveSuffix1(w);
        return w.Length == 5 ? RemovePrefix1(w) : w;
    }

    // Five letters → four-letter root.
    private static string Pattern54(string w)
    {
        if (w[0] is 'ا' or 'ت' or 'م')
        {
            return w[1..]; // تفعلل، افعلل، مفعلل
        }

        if (w[4] == 'ه')
        {
            return w[..4]; // فعللة
        }

        return w[2] == 'ا' ? w[..2] + w[3..] : w; // فعالل
    }

    private static string End5(string w) => w.Length switch
    {
        4 => Pattern4(w),
        5 => Pattern54(w),
        _ => w,
    };

    // Six letters → three-letter root.
    private static string Pattern6(string w)
    {
        if (w.StartsWith("است", StringComparison.Ordinal) || w.StartsWith("مست", StringComparison.Ordinal))
        {
            return w[3..]; // استفعل، مستفعل
        }

        if (w[0] == 'م' && w[3] == 'ا' && w[5] == 'ه')
        {
            return w[1..3] + w[4]; // مفعالة
        }

        if (w[0] == 'ا' && w[2] == 'ت' && w[4] == 'ا')
        {
            return string.Concat(w[1], w[3], w[5]); // افتعال
        }

        if (w[0] == 'ا' && w[3] == 'و' && w[2] == w[4])
        {
            return w[1] + w[4..]; // افعوعل
        }

        if (w[0] == 'ت' && w[2] == 'ا' && w[4] == 'ي')
        {
            return string.Concat(w[1], w[3], w[5]); // تفاعيل
        }

        w = RemoveSuffix1(w);
        return w.Length == 6 ? RemovePrefix1(w) : w;
    }

    // Six letters → four-letter root.
    private static string Pattern64(string w)
    {
        if (w[0] == 'ا' && w[4] == 'ا')
        {
            return w[1..4] + w[5]; // افعلال
        }

        return w.StartsWith("مت", StringComparison.Ordinal) ? w[2..] : w; // متفعلل
    }

    private static string End6(string w) => w.Length switch
    {
        5 => End5(Pattern53(w)),
        6 => Pattern64(w),
        _ => w,
    };
}
