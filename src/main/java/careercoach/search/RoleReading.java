package careercoach.search;

import careercoach.guide.Guide;
import careercoach.guide.RoleReader;

import java.util.Collection;
import java.util.List;

/**
 * Roles typed by themselves, read as the search reads the roles a question names ({@link GuideRouter}): one rule for
 * both, so that {@code /career role engineering manager} and "engineering manager salary" agree on the guide, or on
 * there being none.
 */
public final class RoleReading {
    private RoleReading() {
    }

    /** The reader of roles typed over these guides, as questions over them are routed. */
    public static RoleReader over(Collection<Guide> guides) {
        GuideRouter router = router(List.copyOf(guides));
        return typed -> {
            String text = Questions.clean(typed);
            return text.isEmpty() || Questions.tooLong(typed) ? RoleReader.Reading.NO_ROLE : router.typedRole(text);
        };
    }

    /** The router as the search reads questions: the embedding model's vocabulary says which words are English. */
    static GuideRouter router(List<Guide> guides) {
        return new GuideRouter(guides, word -> SentenceEmbedder.sharedTokenizer().isWholeWord(word), true);
    }
}
