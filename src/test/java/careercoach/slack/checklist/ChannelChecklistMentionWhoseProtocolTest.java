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
 * "@Career Coach this channel's checklist": never another person's checklist, another workspace's, or an archived
 * one; many are listed within Block Kit's limits, the rest counted.
 */
class ChannelChecklistMentionWhoseProtocolTest {
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

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

        String text = kit.slack().await(c -> c.method().equals("chat.postMessage") && "CX".equals(c.param("channel")),
                1).get(0).allText();
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

        FakeSlackApi.Call answer = kit.slack().await(c -> c.method().equals("chat.postMessage")
                && "CMANY".equals(c.param("channel")), 1).get(0);
        assertEquals(java.util.List.of(), SlackLimits.breaches(answer));
        assertTrue(answer.allText().contains("and 3 more"), answer.allText());
    }

    @Test
    void directMessage_thisChannelsChecklist_saysWhereToAskInsteadOfNotHavingItInTheGuides() throws Exception {
        kit.event(kit.newEventId(), kit.directMessage("UDM", "this channel's checklist"), 0);

        String text = kit.slack().await(c -> c.method().equals("chat.postMessage") && "DUDM".equals(c.param("channel")),
                1).get(0).allText();
        assertFalse(text.contains("career guides"), text);
        assertTrue(text.contains("/career checklist") && text.contains("this channel's checklist"), text);
    }
}
