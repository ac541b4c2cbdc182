package careercoach.search;

import careercoach.guide.EnglishSpellings;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Each lower-case word in its American spelling ({@link EnglishSpellings#american}): guides and questions are read
 * alike whichever spelling each uses, "programme" as "program", "prioritise" as "prioritize".
 */
final class AmericanSpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AmericanSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String american = EnglishSpellings.american(word);
        if (!american.equals(word)) {
            term.setEmpty().append(american);
        }
        return true;
    }
}
