package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone whose chosen guide is no longer served starts a skill check or a steps walk: the ack says it is of the
 * default guide, why, and how to choose again, instead of starting another role's check as if it were theirs.
 */
class ChosenGuideGoneCheckProtocolTest {
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    @Test
    void checkCommand_chosenGuideGone_saysTheCheckIsOfTheDefaultAndWhy() throws Exception {
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "UG1", "head-of-engineering-telehealth");

        String body = kit.command("UG1", "C1", "check").body();

        assertTrue(body.contains("no longer served"), body);
        assertTrue(body.contains("/career role"), body);
    }

    @Test
    void stepsWalk_chosenGuideGone_saysTheWalkIsOfTheDefaultAndWhy() throws Exception {
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "UG2", "head-of-engineering-telehealth");

        String body = kit.command("UG2", "C1", "steps walk").body();

        assertTrue(body.contains("no longer served") && body.contains("/career role"), body);
    }

    @Test
    void checkCommand_defaultNeverChosen_saysNothingOfAGuideGone() throws Exception {
        String body = kit.command("UG3", "C1", "check").body();

        assertFalse(body.contains("no longer served"), body);
    }
}
