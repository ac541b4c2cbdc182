package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.StoredChecklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "@Career Coach this channel's checklist" in a channel: answered in the mention's thread with the checklists of that
 * channel naming the asker or shared by them, each linked to its message, instead of being read as a career question.
 */
class ChannelChecklistMentionProtocolTest {
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    @Test
    void mention_thisChannelsChecklist_answersWithTheChecklistOfThatChannelInTheThread() throws Exception {
        Checklist mine = StoredChecklists.posted(kit.stores().checklists(), StoredChecklists.shared(
                kit.stores().checklists(), TEAM, "CTEAM", "UPAT", "UMGR", Optional.empty(), Instant.now(),
                "Draft the on-call handbook", "Pair on one incident review"));
        StoredChecklists.shared(kit.stores().checklists(), TEAM, "COTHER", "UPAT", "UMGR", Optional.empty(),
                Instant.now(), "Something elsewhere");
        var mention = kit.mention("UPAT", "CTEAM", "this channel's checklist");

        kit.event(kit.newEventId(), mention, 0);

        FakeSlackApi.Call answer = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "CTEAM".equals(c.param("channel")), 1).get(0);
        String text = answer.allText();
        assertEquals(mention.path("ts").asText(), answer.param("thread_ts"), "in the mention's thread");
        assertTrue(text.contains("<@UPAT>") && text.contains("0 of 2 done"), "the checklist of the channel: " + text);
        assertTrue(text.contains(mine.permalink().orElse("none")) || text.contains("/p" + mine.id()),
                "linked to its message: " + text);
        assertFalse(text.contains("Something elsewhere") || text.contains("COTHER"), "not another channel's: " + text);
        assertFalse(text.contains("You asked"), "not answered as a career question: " + text);
    }

    @Test
    void mention_thisChannelsChecklist_noneNamesTheAsker_saysSo() throws Exception {
        kit.event(kit.newEventId(), kit.mention("UNOBODY", "CEMPTY", "show me the checklist here"), 0);

        FakeSlackApi.Call answer = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "CEMPTY".equals(c.param("channel")), 1).get(0);
        assertTrue(answer.allText().contains("No checklist in this channel names you or was shared by you"),
                answer.allText());
    }
}
