package careercoach.testkit;

import java.nio.file.Path;
import java.util.Map;

/**
 * An index-data folder serving the shipped guide beside four roles of a games studio (gameplay engineering lead, lead
 * graphics programmer, engineering manager of live operations, lead technical artist): a workspace whose roles share
 * words ("lead", "engineering") and can be compared with one another.
 */
public final class FourGameRolesBeside {
    /** Where the four guides are read from. */
    public static final String GUIDES = "src/test/resources/search/outside-guides-4/";

    private FourGameRolesBeside() {
    }

    /** Writes the shipped guide and the four under {@code dir}; returns the environment that serves them. */
    public static Map<String, String> in(Path dir) {
        return ShippedGuideBeside.in(dir,
                Path.of(GUIDES + "gameplay-engineering-lead.yml"), Path.of(GUIDES + "lead-graphics-programmer.yml"),
                Path.of(GUIDES + "engineering-manager-live-operations.yml"), Path.of(GUIDES + "lead-technical-artist.yml"));
    }
}
