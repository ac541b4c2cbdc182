package careercoach.slack.install;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An org-wide install on Enterprise Grid: events and commands from any workspace of the org are served with the
 * org's installation, and a person (Slack's user id is the same in every workspace of the org) is one person:
 * what they keep in one workspace is theirs in the others. A workspace with an install of its own, in another org,
 * with the same user id, is someone else.
 */
class OrgWideInstallProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "E0ORG";
    private static final Workspace ALPHA = new Workspace("T0ALPHA", "Alpha", ORG, true);
    private static final Workspace BETA = new Workspace("T0BETA", "Beta", ORG, true);
    private static final Workspace ELSEWHERE = Workspace.team("T0ELSE");
    private static final String PERSON = "W0PERSON";
    private static final String GUIDE = "backend-engineering-lead-microservices";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClassDistribution();
    private static String orgToken;

    @BeforeAll
    static void installTheOrgAndAnotherWorkspace() throws Exception {
        HttpResponse<String> installed = kit.install(Workspace.org(ORG));
        assertEquals(200, installed.statusCode(), installed.body());
        assertTrue(installed.body().contains("installed in Org " + ORG), installed.body());
        kit.install(ELSEWHERE);
        orgToken = kit.slack().oauth().tokenOf(ORG);
    }

    @Test
    void eventsFromTwoWorkspacesOfTheOrg_areAnsweredWithTheOrgsToken() throws Exception {
        kit.event(ALPHA, kit.newEventId(), kit.directMessage(PERSON, "what does a lead do"), 0);
        kit.event(BETA, kit.newEventId(), kit.mention("W0OTHER", "C0BETA", "what does a lead do"), 0);

        List<FakeSlackApi.Call> replies = kit.slack().await("chat.postMessage", 2);

        assertEquals(List.of(orgToken, orgToken), replies.stream().map(FakeSlackApi.Call::token).toList());
    }

    @Test
    void aPerson_isOnePersonInEveryWorkspaceOfTheOrg() throws Exception {
        HttpResponse<String> chosen = kit.command(ALPHA, PERSON, "C0ALPHA", "role " + GUIDE);

        assertTrue(chosen.body().contains("Your guide is now"), chosen.body());
        assertEquals(Optional.of(GUIDE), kit.stores().guideChoices().chosenGuide(ORG, PERSON), "kept under the org");
        assertEquals(Optional.empty(), kit.stores().guideChoices().chosenGuide("T0ALPHA", PERSON));

        kit.stores().checklists().insert(new NewChecklist(ORG, Optional.empty(), PERSON, PERSON, Optional.empty(),
                List.of(NewItem.custom("My step across the org"))), new AuditEntry(0, PERSON,
                AuditAction.CREATE_PRIVATE, "", Instant.now(), "dm"));
        kit.event(BETA, kit.newEventId(), kit.homeOpened(PERSON), 0);
        FakeSlackApi.Call home = kit.slack().await("views.publish", 1).get(0);
        assertEquals(orgToken, home.token());
        assertTrue(home.allText().contains("My step across the org"), home.allText());
        kit.resetSlack();

        kit.event(ELSEWHERE, kit.newEventId(), kit.homeOpened(PERSON), 0);
        FakeSlackApi.Call elsewhere = kit.slack().await("views.publish", 1).get(0);
        assertEquals(kit.slack().oauth().tokenOf("T0ELSE"), elsewhere.token());
        assertFalse(elsewhere.allText().contains("My step across the org"), elsewhere.allText());
    }

    @Test
    void aSkillCheckStartedByADirectMessage_isKeptUnderTheOrg() throws Exception {
        String checker = "W0CHECKER";

        kit.event(ALPHA, kit.newEventId(), kit.directMessage(checker, "check my skills"), 0);

        FakeSlackApi.Call question = kit.slack().await("chat.postMessage", 1).get(0);
        assertEquals(orgToken, question.token());
        assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
        assertEquals(1, kit.stores().conversations().open(ORG, checker).size(), "kept under the org");
        assertEquals(List.of(), kit.stores().conversations().open("T0ALPHA", checker));
    }

    @Test
    void uninstallingTheOrg_removesItsInstallation_forEveryWorkspace() throws Exception {
        Workspace gamma = new Workspace(null, null, "E0GONE", true);
        kit.install(Workspace.org("E0GONE"));
        Workspace fromGamma = new Workspace("T0GAMMA", "Gamma", "E0GONE", true);
        ObjectNode uninstalled = JSON.createObjectNode().put("type", "app_uninstalled");

        assertEquals(200, kit.event(fromGamma, kit.newEventId(), uninstalled, 0).statusCode());

        assertTrue(kit.app().installations().orElseThrow().forKey(gamma.key()).isEmpty());
        assertTrue(kit.app().installations().orElseThrow().forKey(ORG).isPresent(), "another org is untouched");
    }
}
