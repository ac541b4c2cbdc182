package careercoach.slack.paths;

import careercoach.testkit.ShippedGuideBeside;

import java.nio.file.Path;
import java.util.Map;

/**
 * An index-data with two connected roles: the shipped backend lead guide, whose career progression names
 * "Engineering Manager", and the engineering manager (platform team) guide of the many-guides fixture.
 */
public final class TwoRoleIndexData {
    public static final String BACKEND = ShippedGuideBeside.SHIPPED;
    public static final String MANAGER = "engineering-manager-platform-team";

    private TwoRoleIndexData() {
    }

    /** Writes both guides under {@code dir/guides} and returns the environment that serves them. */
    public static Map<String, String> in(Path dir) {
        return ShippedGuideBeside.in(dir, Path.of("src/test/resources/search/multi-guide/guides/" + MANAGER + ".yml"));
    }
}
