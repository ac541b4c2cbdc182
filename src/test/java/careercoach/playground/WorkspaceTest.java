package careercoach.playground;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceTest {
    private final Workspace workspace = new Workspace();

    @Test
    void escapeTyped_turnsNamesIntoMentions_asSlackDoesWithEscaping() {
        assertEquals("/career checklist <@U0RAVI>", "/career " + workspace.escapeTyped("checklist @Ravi"));
        assertEquals("<@U0RAVI> and <@U0SAM>", workspace.escapeTyped("@Ravi Patel and @sam"));
        assertEquals("<@U0COACH> what next?", workspace.escapeTyped("@Career Coach what next?"));
        assertEquals("see <#C0RANDOM|random>", workspace.escapeTyped("see #random"));
    }

    @Test
    void escapeTyped_escapesMarkup_andLeavesEmailsAndUnknownNamesAlone() {
        assertEquals("a &lt;b&gt; &amp; c", workspace.escapeTyped("a <b> & c"));
        assertEquals("mail ravi@example.com", workspace.escapeTyped("mail ravi@example.com"));
        assertEquals("@nobody", workspace.escapeTyped("@nobody"));
    }

    @Test
    void botIsMemberOfTheTeamChannel_only() {
        assertTrue(workspace.isMember(Workspace.TEAM_CHANNEL, Workspace.BOT_USER_ID));
        assertFalse(workspace.isMember(Workspace.OTHER_CHANNEL, Workspace.BOT_USER_ID));
        workspace.join(Workspace.OTHER_CHANNEL, Workspace.BOT_USER_ID);
        workspace.clear();
        assertFalse(workspace.isMember(Workspace.OTHER_CHANNEL, Workspace.BOT_USER_ID), "a reset undoes an invite");
    }

    @Test
    void messageTimestamps_areUniqueAndIncreasing() {
        List<String> stamps = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            stamps.add(workspace.nextTs());
        }
        for (int i = 1; i < stamps.size(); i++) {
            assertTrue(new java.math.BigDecimal(stamps.get(i)).compareTo(new java.math.BigDecimal(stamps.get(i - 1)))
                    > 0, stamps.get(i - 1) + " then " + stamps.get(i));
        }
    }

    @Test
    void ephemeralMessage_isInTheStateOfItsRecipientOnly() {
        workspace.postEphemeral(Workspace.TEAM_CHANNEL, Workspace.BOT_USER_ID, "U0MAYA", "just for Maya", null, null);
        assertEquals(1, workspace.stateFor("U0MAYA").path("messages").path(Workspace.TEAM_CHANNEL).size());
        assertTrue(workspace.stateFor("U0RAVI").path("messages").path(Workspace.TEAM_CHANNEL).isMissingNode());
    }

    @Test
    void responseUrl_canBeUsedFiveTimes() {
        String id = workspace.newResponseTarget(new Workspace.ResponseTarget(Workspace.TEAM_CHANNEL, "U0MAYA", null,
                null));
        for (int use = 1; use <= Workspace.RESPONSE_URL_USES; use++) {
            assertTrue(workspace.useResponseTarget(id).isPresent(), "use " + use);
        }
        assertTrue(workspace.useResponseTarget(id).isEmpty());
    }
}
