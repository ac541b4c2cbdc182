package careercoach.guide;

import java.util.Map;

/**
 * Reads, from what a section says, the kind of each section whose title and id name none ("The toolkit", "Money"):
 * the loader gives the guides it loads those kinds, once, so every command and the search find such a section as they
 * find one titled as guides do. The search package reads them by meaning (its passages' vectors); the search takes
 * the kinds as loaded and does not read them again.
 */
@FunctionalInterface
public interface SectionKindReader {
    /** Reads no kinds: sections of no kind stay of none. */
    SectionKindReader NONE = guide -> Map.of();

    /**
     * For each section of {@code guide} of no kind whose content clearly reads as a kind the guide has no section of,
     * that kind, by section id; the others are left out.
     */
    Map<String, String> kinds(Guide guide);
}
