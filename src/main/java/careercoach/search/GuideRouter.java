package careercoach.search;

import careercoach.guide.Guide;

import java.util.List;
import java.util.Optional;

/**
 * The first step of a search, before any section is ranked: which guide a question is answered from. A question
 * that names a guide's role ("responsibilities of a frontend lead", see {@link GuideNames}) is answered from that
 * guide; any other from the asker's guide; with neither, from every guide (each hit then says which).
 */
final class GuideRouter {
    private final GuideNames names;

    GuideRouter(List<Guide> guides) {
        this.names = GuideNames.of(guides);
    }

    /**
     * @param question    the cleaned question
     * @param askersGuide the guide the asker chose; empty when they chose none
     * @return the guide to search, or empty to search every guide
     */
    Optional<String> route(String question, Optional<String> askersGuide) {
        return names.named(question).or(() -> askersGuide);
    }
}
