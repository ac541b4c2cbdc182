package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone whose chosen guide is no longer served (removed from index-data, or renamed) asks for a section: the
 * answer, from the default guide, says why it is not from the guide they chose and how to choose again, as the App
 * Home says it, instead of answering from another role as if it were theirs.
 */
class ChosenGuideGoneProtocolTest {
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    @Test
    void sectionCommand_chosenGuideGone_saysTheAnswerIsFromTheDefaultAndWhy() throws Exception {
        kit.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "UGONE", "head-of-engineering-telehealth");

        HttpResponse<String> ack = kit.command("UGONE", "C1", "skills");

        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("no longer served"), ack.body());
        assertTrue(ack.body().contains("/career role"), ack.body());
    }

    @Test
    void sectionCommand_defaultNeverChosen_readsAsBefore() throws Exception {
        HttpResponse<String> ack = kit.command("UNEW", "C1", "skills");

        assertFalse(ack.body().contains("no longer served"), ack.body());
    }
}
