package careercoach.slack.coach;

import careercoach.search.LiveGuides;
import careercoach.search.ReloadStatus;
import careercoach.slack.paths.TwoRoleIndexData;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A guide removed from index-data while someone is in the middle of a conversation on it: the conversation says it
 * stopped, instead of going on with another guide's title over questions that guide does not have.
 */
class GuideRemovedMidConversationProtocolTest {

    private static void removeManagerGuide(SlackTestKit kit, Path indexData) throws Exception {
        LiveGuides guides = kit.app().guides();
        ReloadStatus before = guides.status();
        Files.delete(indexData.resolve("guides/" + TwoRoleIndexData.MANAGER + ".yml"));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (guides.library().find(TwoRoleIndexData.MANAGER).isPresent()) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || !guides.awaitAttempts(guides.status().attempts() + 1, left)) {
                fail("the guide was not unloaded; last status " + guides.status() + ", before " + before);
            }
        }
    }

    @Test
    void checkTowardARoleWhoseGuideIsRemoved_stopsAndSaysSo(@TempDir Path indexData) throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), Clock.systemUTC())) {
            String user = "U1";
            String dm = "D" + user;
            JsonNode message = kit.answerInTurn(user, kit.startCheck(user, "check engineering manager"), "PRACTISED");

            removeManagerGuide(kit, indexData);
            kit.press(user, dm, message, "coach_answer_PRACTISED");

            List<FakeSlackApi.Call> updates = kit.slack().await(c -> c.method().equals("chat.update")
                    && dm.equals(c.param("channel")), 2);
            FakeSlackApi.Call stopped = updates.get(1);
            String shown = stopped.allText();
            assertFalse(shown.contains("Backend Engineering Lead"), shown);
            assertFalse(shown.contains("skill-gaps/"), "no raw question ids: " + shown);
            assertTrue(shown.contains("no longer"), shown);
            assertTrue(shown.contains("`/career check`"), shown);
            assertFalse(stopped.blocks().toString().contains("coach_answer_"), "no answer buttons left");
        }
    }

    @Test
    void checkOfAChosenRoleWhoseGuideIsRemoved_isNotOfferedBackAndANewCheckStartsOnTheGuideServed(
            @TempDir Path indexData) throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), Clock.systemUTC())) {
            String user = "U2";
            String dm = "D" + user;
            kit.command(user, "C1", "role engineering manager");
            kit.answerInTurn(user, kit.startCheck(user, "check"), "PRACTISED");

            removeManagerGuide(kit, indexData);
            kit.command(user, "C1", "check");

            String started = kit.lastMessageIn(dm, 3).toString();
            assertFalse(started.contains("in progress"), "a check on a removed guide is not offered back: " + started);
            assertTrue(started.contains("Backend Engineering Lead (Microservices)"), started);
            assertTrue(started.contains("1 of"), started);
        }
    }

    @Test
    void progressOfACheckWhoseGuideWasRemoved_namesItsSkillsInWordsNotIds(@TempDir Path indexData)
            throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), Clock.systemUTC())) {
            String user = "U3";
            kit.command(user, "C1", "role engineering manager");
            finishCheck(kit, user, "check");

            removeManagerGuide(kit, indexData);
            String progress = kit.command(user, "C1", "progress").body();

            assertFalse(progress.contains("skill-gaps/"), progress);
            assertTrue(progress.contains("no longer served"), progress);
            String home = kit.openHome(user).toString();
            assertFalse(home.contains("skill-gaps/"), home);
        }
    }

    @Test
    void checksOnAGuideRemovedSince_nameTheRoleByTheTitleItWasCheckedUnder(@TempDir Path indexData)
            throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), Clock.systemUTC())) {
            String own = "U6";
            kit.command(own, "C1", "role engineering manager");
            finishCheck(kit, own, "check");
            String toward = "U7";
            finishCheck(kit, toward, "check engineering manager");

            removeManagerGuide(kit, indexData);

            String kept = "Engineering Manager (Platform Team) (a guide no longer served)";
            String progress = kit.command(own, "C1", "progress").body();
            assertTrue(progress.contains(kept), progress);
            assertTrue(kit.openHome(own).toString().contains(kept), "the App Home too");
            String towardProgress = kit.command(toward, "C1", "progress").body();
            assertTrue(towardProgress.contains(kept), towardProgress);
            assertFalse(towardProgress.contains("Engineering manager platform team"), towardProgress);
        }
    }

    /** Runs a whole check of six questions started by {@code command}, rated new to it and could teach it in turn. */
    private static void finishCheck(SlackTestKit kit, String user, String command) throws Exception {
        kit.answerInTurn(user, kit.startCheck(user, command), "NEW_TO_IT", "COULD_TEACH", "NEW_TO_IT", "COULD_TEACH",
                "NEW_TO_IT", "COULD_TEACH");
    }

    @Test
    void checkTowardButtonOfARoleWhoseGuideWasRemoved_saysSoInsteadOfDoingNothing(@TempDir Path indexData)
            throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), Clock.systemUTC())) {
            removeManagerGuide(kit, indexData);

            kit.blockAction("U4", null, careercoach.slack.SharedActions.CHECK_TOWARD + "_home_0",
                    TwoRoleIndexData.MANAGER);

            FakeSlackApi.Call note = kit.slack().await(c -> c.method().equals("chat.postMessage")
                    && ("U4".equals(c.param("channel")) || "DU4".equals(c.param("channel"))), 1).get(0);
            assertTrue(note.allText().contains("no longer"), note.allText());
        }
    }

    @Test
    void startAgainOfACheckTowardARoleWhoseGuideWasRemoved_saysSoInsteadOfStartingAnotherCheck(
            @TempDir Path indexData) throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(TwoRoleIndexData.in(indexData), Clock.systemUTC())) {
            removeManagerGuide(kit, indexData);

            kit.blockAction("U5", "DU5", "coach_restart", "SKILL_CHECK|" + TwoRoleIndexData.MANAGER);

            FakeSlackApi.Call note = kit.slack().await(c -> c.method().startsWith("chat.post")
                    && ("U5".equals(c.param("channel")) || "DU5".equals(c.param("channel"))), 1).get(0);
            assertTrue(note.allText().contains("no longer"), note.allText());
            assertFalse(note.allText().contains("1 of"), "no check of the own role started: " + note.allText());
        }
    }
}
