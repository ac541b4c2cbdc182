package careercoach.slack.ask;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A games studio's guides (no aliases) beside the shipped guide, asked in a DM by someone who chose no guide: a
 * role said as people shorten its title ("live ops" for "Live Operations") is answered from its guide, not told
 * there is no guide for it; a job no guide covers ("community manager", "level designer") is told so.
 */
class GamesStudioRolesProtocolTest {
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(GamesStudioRolesProtocolTest::indexDataWithStudioGuides);

    private static Map<String, String> indexDataWithStudioGuides() {
        Map<String, String> env = ShippedGuideBeside.in(indexData);
        try (var files = Files.list(Path.of("src/test/resources/search/outside-guides-4"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                Files.copy(f, indexData.resolve("guides").resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    @Test
    void liveOpsManagersPay_isAnsweredFromTheLiveOperationsGuide() throws Exception {
        String sent = kit.firstReplyTo("U60", "what do live ops engineering managers earn");

        assertTrue(sent.contains("Engineering Manager (Live Operations)"), sent);
        assertFalse(sent.contains("There is no guide for"), sent);
    }

    @Test
    void aJobNoGuideCovers_saidWithItsField_isToldThereIsNoGuideForIt_notAnsweredFromAGuide() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U63", "community manager career path"), 0);
        kit.event(kit.newEventId(), kit.directMessage("U64", "what does a level designer earn"), 0);

        var sent = kit.slack().await("chat.postMessage", 2);
        String community = sent.stream().map(m -> m.allText()).filter(t -> t.contains("community"))
                .findFirst().orElseThrow();
        String level = sent.stream().map(m -> m.allText()).filter(t -> t.contains("designer"))
                .findFirst().orElseThrow();
        assertTrue(community.contains("There is no guide for *community manager* yet."), community);
        assertFalse(community.contains("From *"), community);
        assertTrue(level.contains("There is no guide for *level designer* yet."), level);
    }

    @Test
    void theAskersOwnJobNoGuideCovers_isContext_theQuestionIsAnswered_unlessItAsksAboutThatJob() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("U65",
                "I'm a data scientist, how do I get better at system design"), 0);
        kit.event(kit.newEventId(), kit.directMessage("U66",
                "as a character artist moving into tech art, what should I learn"), 0);
        kit.event(kit.newEventId(), kit.directMessage("U67", "I'm a data scientist, what should I earn"), 0);

        var sent = kit.slack().await("chat.postMessage", 3);
        String design = sent.stream().map(m -> m.allText()).filter(t -> t.contains("system design")
                || t.contains("*system*")).findFirst().orElse(sent.toString());
        String techArt = sent.stream().map(m -> m.allText()).filter(t -> t.contains("Lead Technical Artist"))
                .findFirst().orElse(sent.toString());
        String earn = sent.stream().map(m -> m.allText()).filter(t -> t.contains("There is no guide for"))
                .findFirst().orElse(sent.toString());
        assertFalse(design.contains("There is no guide for"), design);
        assertTrue(design.contains("From *"), design);
        assertFalse(techArt.contains("There is no guide for"), techArt);
        assertTrue(techArt.contains("From *Lead Technical Artist*"), techArt);
        assertTrue(earn.contains("There is no guide for *data scientist* yet."), earn);
        assertEquals(1, sent.stream().filter(m -> m.allText().contains("There is no guide for")).count(),
                sent.toString());
    }

    @Test
    void careerRole_liveOpsSaidShort_isTheLiveOperationsGuide_asTheTypeaheadOffers() throws Exception {
        var response = kit.command("U61", "C1", "role live ops");
        assertEquals(200, response.statusCode(), response.body());

        assertTrue(response.body().contains("Your guide is now *Engineering Manager (Live Operations)*"),
                response.body());
    }

    @Test
    void careerCompare_aRoleNoGuideHas_isWordedAsCareerRoleWordsIt_withTheClosestRoles() throws Exception {
        var role = kit.command("U62", "C1", "role data scientist");
        var compare = kit.command("U62", "C1", "compare data scientist");
        assertEquals(200, role.statusCode(), role.body());
        assertEquals(200, compare.statusCode(), compare.body());

        assertTrue(role.body().contains("There is no guide for *data scientist* yet."), role.body());
        assertTrue(compare.body().contains("There is no guide for *data scientist* yet."), compare.body());
        assertFalse(compare.body().contains("I have no guide for"), compare.body());
    }
}
