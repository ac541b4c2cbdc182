package careercoach.slack.checklist;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackLimits;
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
 * channel naming the asker or shared by them, each linked to its message, instead of being read as a career question;
 * never another person's checklist, another workspace's, or an archived one; many are listed within Block Kit's
 * limits, the rest counted.
 */
class ChannelChecklistMentionProtocolTest {
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    /** The bot's first message in {@code channel}, once it has posted one. */
    private static FakeSlackApi.Call answerIn(String channel) {
        return kit.slack().await(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel")), 1)
                .get(0);
    }

    @Test
    void mention_thisChannelsChecklist_answersWithTheChecklistOfThatChannelInTheThread() throws Exception {
        Checklist mine = StoredChecklists.posted(kit.stores().checklists(), StoredChecklists.shared(
                kit.stores().checklists(), TEAM, "CTEAM", "UPAT", "UMGR", Optional.empty(), Instant.now(),
                "Draft the on-call handbook", "Pair on one incident review"));
        StoredChecklists.shared(kit.stores().checklists(), TEAM, "COTHER", "UPAT", "UMGR", Optional.empty(),
                Instant.now(), "Something elsewhere");
        var mention = kit.mention("UPAT", "CTEAM", "this channel's checklist");

        kit.event(kit.newEventId(), mention, 0);

        FakeSlackApi.Call answer = answerIn("CTEAM");
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

        FakeSlackApi.Call answer = answerIn("CEMPTY");
        assertTrue(answer.allText().contains("No checklist in this channel names you or was shared by you"),
                answer.allText());
    }

    @Test
    void mention_onlyTheAskersOpenChecklistsOfThisWorkspace() throws Exception {
        var store = kit.stores().checklists();
        StoredChecklists.posted(store, StoredChecklists.shared(store, TEAM, "CX", "UOTHER", "UMGR2", Optional.empty(),
                Instant.now(), "Someone else's item"));
        StoredChecklists.posted(store, StoredChecklists.shared(store, "T-ELSEWHERE", "CX", "UASK", "UMGR",
                Optional.empty(), Instant.now(), "Another workspace's item"));
        Checklist archived = StoredChecklists.posted(store, StoredChecklists.shared(store, TEAM, "CX", "UASK", "UMGR",
                Optional.empty(), Instant.now(), "Archived item"));
        store.archive(archived.id(), new AuditEntry(archived.id(), "UMGR", AuditAction.ARCHIVE, "", Instant.now(),
                "CX"));

        kit.event(kit.newEventId(), kit.mention("UASK", "CX", "this channel's checklist"), 0);

        String text = answerIn("CX").allText();
        assertTrue(text.contains("No checklist in this channel names you"), text);
        assertFalse(text.contains("UOTHER") || text.contains("UMGR"), text);
    }

    @Test
    void mention_manyChecklists_tenListedTheRestCounted() throws Exception {
        var store = kit.stores().checklists();
        for (int i = 0; i < 13; i++) {
            StoredChecklists.posted(store, StoredChecklists.shared(store, TEAM, "CMANY", "UMANY", "UMGR",
                    Optional.empty(), Instant.now(), "Item " + i));
        }

        kit.event(kit.newEventId(), kit.mention("UMANY", "CMANY", "checklists here"), 0);

        FakeSlackApi.Call answer = answerIn("CMANY");
        assertEquals(java.util.List.of(), SlackLimits.breaches(answer));
        assertTrue(answer.allText().contains("and 3 more"), answer.allText());
    }

    @Test
    void directMessage_thisChannelsChecklist_saysWhereToAskInsteadOfNotHavingItInTheGuides() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("UDM", "this channel's checklist"), 0);

        String text = answerIn("DUDM").allText();
        assertFalse(text.contains("career guides"), text);
        assertTrue(text.contains("/career checklist") && text.contains("this channel's checklist"), text);
    }
}
