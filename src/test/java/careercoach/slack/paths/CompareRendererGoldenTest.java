package careercoach.slack.paths;

import careercoach.guide.RoleFinder;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.RoleComparison;
import careercoach.slack.Golden;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareRendererGoldenTest {
    private static final Guide FROM = new Guide("backend-lead", "Backend Lead <Java>", "", List.of());
    private static final Guide TO = new Guide("sre-lead", "SRE Lead", "", List.of());
    private final CompareRenderer renderer = new CompareRenderer();

    private static Item item(String name, String details) {
        return new Item(name.toLowerCase().replace(' ', '-'), name, details, "", "", List.of());
    }

    private static RoleComparison comparison() {
        return new RoleComparison(FROM, TO, List.of(
                new RoleComparison.Part(RoleComparison.Aspect.SKILLS,
                        List.of(new RoleComparison.Pair(item("Observability in practice", "dashboards, alerts"),
                                item("Observability platforms", "OpenTelemetry"), 0.9)),
                        List.of(item("Capacity planning", ""), item("Error budgets & SLOs", "")),
                        List.of(item("Databases and data modeling", ""))),
                new RoleComparison.Part(RoleComparison.Aspect.RESPONSIBILITIES, List.of(), List.of(
                        item("Run the on-call rotation", "")), List.of())));
    }

    @Test
    void comparison_private_golden() throws Exception {
        Golden.assertMatches("compare-private", renderer.render(comparison(), Optional.empty()));
    }

    @Test
    void comparison_shared_golden() throws Exception {
        Golden.assertMatches("compare-shared", renderer.render(comparison(), Optional.of("U123")));
    }

    @Test
    void closestRoles_golden() throws Exception {
        Golden.assertMatches("compare-closest", renderer.closest("astronaut <lead>",
                new RoleFinder.Found(Optional.empty(), List.of(TO, FROM)), List.of(TO, FROM),
                CompareRenderer.COMPARE_ACTION, "Compare"));
    }

    @Test
    void hugeComparison_staysWithinBlockKitLimits() throws Exception {
        List<RoleComparison.Pair> pairs = new ArrayList<>();
        List<Item> many = new ArrayList<>();
        String longName = "x".repeat(2500);
        for (int i = 0; i < 200; i++) {
            pairs.add(new RoleComparison.Pair(item(longName + i, ""), item(longName + i, ""), 1));
            many.add(item(longName + i, ""));
        }
        RoleComparison.Part part = new RoleComparison.Part(RoleComparison.Aspect.SKILLS, pairs, many, many);
        List<LayoutBlock> blocks = renderer.render(new RoleComparison(FROM, TO, List.of(part, new RoleComparison.Part(
                RoleComparison.Aspect.RESPONSIBILITIES, pairs, many, many))), Optional.empty());

        assertTrue(blocks.size() <= 50, "blocks: " + blocks.size());
        var json = new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(blocks));
        for (var block : json) {
            assertTrue(block.path("text").path("text").asText().length() <= 3000);
            assertTrue(block.path("fields").size() <= 10);
            for (var field : block.path("fields")) {
                assertTrue(field.path("text").asText().length() <= 2000);
            }
        }
    }
}
