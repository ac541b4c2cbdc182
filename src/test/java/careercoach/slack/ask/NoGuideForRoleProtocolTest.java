package careercoach.slack.ask;

import careercoach.guide.Guide;
import careercoach.search.Answer;
import careercoach.slack.paths.TwoRoleIndexData;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question about a role no guide covers, in the DM: the closest roles with a guide, the asker's own marked as such
 * rather than offered to be chosen again.
 */
class NoGuideForRoleProtocolTest {
    private static final String QUESTION = "I want to become a frontend manager, what should I learn?";
    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> TwoRoleIndexData.in(indexData));

    private static String answerTo(String user) throws Exception {
        return kit.firstReplyTo(user, QUESTION);
    }

    @Test
    void closestRoleIsTheAskersOwnGuide_isMarkedAsTheirs_notOfferedToChoose() throws Exception {
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "UMANAGER", TwoRoleIndexData.MANAGER);

        String answer = answerTo("UMANAGER");

        assertTrue(answer.contains("There is no guide for *frontend manager* yet"), answer);
        assertTrue(answer.contains("*Engineering Manager (Platform Team)* (your guide)"), answer);
    }

    @Test
    void onlyClosestRoleIsTheReadersOwn_nothingIsOfferedToChoose() {
        Answer answer = new Answer("what does a frontend manager earn", false, Answer.NO_GUIDE_FOR_ROLE,
                Optional.empty(), List.of(), Optional.of("frontend manager"), List.of("Engineering Manager"));
        Guide readers = new Guide("engineering-manager", "Engineering Manager", "", List.of());

        assertEquals("There is no guide for *frontend manager* yet. The closest role with a guide: *Engineering"
                + " Manager* (your guide).", AnswerRenderer.noGuide(answer, readers));
    }

    @Test
    void closestRoleIsAnotherGuide_isOfferedToChoose() throws Exception {
        String answer = answerTo("UBACKEND");

        assertTrue(answer.contains("*Engineering Manager (Platform Team)*"), answer);
        assertFalse(answer.contains("*Engineering Manager (Platform Team)* (your guide)"), answer);
        assertTrue(answer.contains("`/career role` to choose one"), answer);
    }
}
