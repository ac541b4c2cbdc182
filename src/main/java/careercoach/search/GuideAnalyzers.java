package careercoach.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis chains. Guides are indexed with an English chain (possessives, folding, stop words, Porter stems);
 * questions go through the same chain with the synonyms applied first, so "pay" finds "salary" and "earn" alike.
 * Both read a word in its American spelling ({@link AmericanSpellingFilter}), so "organisation" finds "organization".
 * A plain chain (words, lower-cased, no stems) feeds the did-you-mean dictionary so suggestions are real words.
 */
final class GuideAnalyzers {

    /**
     * Words that carry the form of a question, not its subject. They are dropped from questions (and so do not count
     * towards how much of a question the guides cover), and from the guides' text.
     */
    static final CharArraySet QUESTION_WORDS = questionWords();

    private GuideAnalyzers() {
    }

    /** Guide text: English analysis without synonyms (synonyms expand on the question side only). */
    static Analyzer index() {
        return english(null);
    }

    /** Questions: synonyms, then the same English analysis as the guides. */
    static Analyzer query(SynonymMap synonyms) {
        return english(synonyms);
    }

    /** Whole lower-cased words without question words: the did-you-mean dictionary, a question's content words. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                result = new StopFilter(result, QUESTION_WORDS);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** How synonym rules are read: the question's form where synonyms apply (question words removed, no stems). */
    static Analyzer synonymRules() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                result = new AmericanSpellingFilter(result);
                return new TokenStreamComponents(source, new StopFilter(result, QUESTION_WORDS));
            }
        };
    }

    private static Analyzer english(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new ASCIIFoldingFilter(new LowerCaseFilter(result));
                // "programme" and "program", "prioritise" and "prioritize" are one word, in guides and questions.
                result = new AmericanSpellingFilter(result);
                // Stop words go before the synonyms: a stop filter after a synonym graph breaks the graph.
                result = new StopFilter(result, QUESTION_WORDS);
                if (synonyms != null && synonyms.fst != null) {
                    result = new SynonymGraphFilter(result, synonyms, true);
                }
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private static CharArraySet questionWords() {
        List<String> words = new ArrayList<>(List.of(
                "what", "whats", "which", "who", "whom", "whose", "why", "how", "when", "where", "hows",
                "do", "does", "did", "doing", "done", "can", "could", "should", "would", "will", "shall", "may",
                "might", "must", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
                "i", "im", "ive", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our",
                "it", "its", "they", "them", "their", "he", "she", "his", "her", "one", "someone", "anyone",
                "this", "that", "these", "those", "there", "here", "s", "t", "d", "ll", "ve", "re", "m",
                "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "to", "from",
                "in", "on", "into", "as", "so", "than", "then", "too", "very", "not", "no", "yes",
                "please", "tell", "know", "need", "want", "like", "get", "getting", "got", "give", "show", "list",
                "some", "any", "all", "more", "most", "much", "many", "really", "also", "just", "now", "ever",
                "thing", "things", "kind", "sort", "lot", "way", "ways", "other", "others", "without", "within", "still",
                "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "quick", "actually", "honestly", "looking",
                "think", "sure", "maybe", "keep", "keeps", "something", "anything",
                "there's", "it's", "what's", "i'm", "i've", "let", "lets", "say", "go", "going"));
        return CharArraySet.unmodifiableSet(new CharArraySet(merge(words), true));
    }

    private static List<Object> merge(List<String> words) {
        List<Object> all = new ArrayList<>(words);
        all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return all;
    }
}
