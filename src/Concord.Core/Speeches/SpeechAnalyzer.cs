using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Concord.Speeches;

/// <summary>Turns a speech into the words Concord counts: Lucene's standard tokenizer (Unicode word boundaries, UAX #29),
/// English possessives dropped, lower case; then numbers, dates, stop words and the procedural words of the verbatim
/// records left out; then the Porter stemmer. docs/methods.md ("Speeches") gives every list.</summary>
/// <remarks>
/// <para>The tokenizer, the possessive and lower-case filters, the English stop set and the stemmer are Lucene.Net's
/// (Lucene.Net.Analysis.Common 4.8.0-beta00018); what is Concord's own is the order and the two lists below. A token
/// with a digit in it is a number (a paragraph number, a year, a document symbol's part) and is not a word.</para>
/// <para>Thread-safe: Lucene's analyzer keeps one token stream per thread, and <see cref="Stem"/> one stemmer per
/// thread.</para>
/// </remarks>
public sealed partial class SpeechAnalyzer
{
    /// <summary>Lucene's English stop words (33, the classic SMART subset of <c>EnglishAnalyzer.DefaultStopSet</c>).</summary>
    public static CharArraySet LuceneStopWords => EnglishAnalyzer.DefaultStopSet;

    /// <summary>Function words the Lucene list leaves in (pronouns, auxiliaries, determiners, common adverbs).</summary>
    public static readonly string[] MoreStopWords =
    [
        "i", "me", "my", "we", "our", "ours", "us", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
        "its", "they", "them", "their", "theirs", "what", "which", "who", "whom", "whose", "this", "that", "these", "those",
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did",
        "doing", "would", "should", "could", "can", "cannot", "will", "shall", "must", "might", "also", "all", "any", "both",
        "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "so", "than", "too", "very", "just",
        "from", "up", "down", "out", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where",
        "why", "how", "because", "until", "while", "about", "against", "between", "into", "through", "during", "before",
        "after", "above", "below", "off", "nor", "whether", "within", "without", "upon", "among", "well", "even", "yet",
        "many", "much", "every", "ever", "one", "two", "three", "first", "second", "last", "new", "now", "today",
    ];

    /// <summary>Dates: months and days of the week (the numbers of a date are numbers, and dropped as such).</summary>
    public static readonly string[] DateWords =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    /// <summary>The forms of address and record markers of the verbatim records, in nearly every speech and about nothing:
    /// "Mr. President", "Your Excellency", "(spoke in French)", "(interpretation from Arabic)", "(applause)", and the
    /// letters of a record's symbol in page headers ("A/46/PV.7": its numbers are numbers).</summary>
    public static readonly string[] ProceduralWords =
    [
        "mr", "mrs", "ms", "madam", "sir", "excellency", "excellencies", "president", "applause", "spoke", "interpretation",
        "continued", "pv",
    ];

    private static readonly CharArraySet s_dropped = BuildDropped();

    private static CharArraySet BuildDropped()
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 256, ignoreCase: false);
        foreach (var w in LuceneStopWords)
        {
            set.Add(w);
        }

        foreach (var w in MoreStopWords.Concat(DateWords).Concat(ProceduralWords))
        {
            set.Add(w);
        }

        return set.AsReadOnly();
    }

    /// <summary>The tokenizer and filters before the word tests: standard tokens, possessives dropped, lower case.</summary>
    private sealed class TokenChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader) { MaxTokenLength = 64 };
            TokenStream chain = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source);
            chain = new LowerCaseFilter(LuceneVersion.LUCENE_48, chain);
            return new TokenStreamComponents(source, chain);
        }
    }

    private static readonly TokenChain s_chain = new();

    [ThreadStatic]
    private static Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer? t_stemmer;

    /// <summary>True when a lower-case token is left out (stop word, date word, procedural word).</summary>
    public static bool IsDropped(ReadOnlySpan<char> token) => s_dropped.Contains(token.ToArray(), 0, token.Length);

    /// <summary>The Porter stem of a lower-case word (the Snowball implementation of Porter's 1980 algorithm).</summary>
    public static string Stem(string word)
    {
        var stemmer = t_stemmer ??= new Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The record's inserted markers, removed whole before tokenising: "(spoke in Arabic)", "(interpretation
    /// from French)", "(continued)".</summary>
    [GeneratedRegex(@"\((?:spoke in|interpretation from|continued)[^)]{0,40}\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markers();

    /// <summary>The text with the record's markers blanked (same length, so offsets stay those of the text).</summary>
    public static string WithoutMarkers(string text) =>
        text.Contains('(') && (text.Contains("spoke in", StringComparison.OrdinalIgnoreCase) || text.Contains("interpretation from", StringComparison.OrdinalIgnoreCase) || text.Contains("(continued", StringComparison.OrdinalIgnoreCase))
            ? Markers().Replace(text, m => new string(' ', m.Length))
            : text;

    /// <summary>Calls <paramref name="word"/> with each lower-case token of <paramref name="text"/> that is a word (no
    /// digit), with its character offsets, and whether it is kept (not a stop, date or procedural word).</summary>
    /// <returns>The number of words (tokens with a letter and no digit), kept or not: the speech's length.</returns>
    public static int Tokens(string text, TokenVisitor word)
    {
        var clean = WithoutMarkers(text);
        var count = 0;
        using var reader = new StringReader(clean);
        var stream = s_chain.GetTokenStream("text", reader);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var buffer = term.Buffer;
                var length = term.Length;
                var span = buffer.AsSpan(0, length);
                if (span.IndexOfAnyInRange('0', '9') >= 0 || !HasLetter(span))
                {
                    continue;
                }

                count++;
                var kept = !s_dropped.Contains(buffer, 0, length);
                word(span, kept, offsets.StartOffset, offsets.EndOffset);
            }

            stream.End();
        }
        finally
        {
            stream.Dispose();
        }

        return count;
    }

    public delegate void TokenVisitor(ReadOnlySpan<char> token, bool kept, int start, int end);

    /// <summary>The kept words of a text, stemmed, in order (the reference path the tests and passages use).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        Tokens(text, (t, kept, _, _) =>
        {
            if (kept)
            {
                terms.Add(Stem(t.ToString()));
            }
        });
        return terms;
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
