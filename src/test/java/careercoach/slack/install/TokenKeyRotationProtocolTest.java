package careercoach.slack.install;

import careercoach.Stores;
import careercoach.install.TokenKeys;
import careercoach.slack.DeliveryLimits;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replacing {@code TOKEN_ENCRYPTION_KEY} as docs/slack-setup.md says: the new key first and the old after it, a
 * start seals every token again under the new one, then the old key can go. A start that could not open a stored
 * token refuses, naming the variable and the missing key's id.
 */
class TokenKeyRotationProtocolTest {
    private static final Workspace ACME = Workspace.team("T0ACME");

    private static SlackTestKit start(Stores stores, FakeSlackApi slack, String keys) throws Exception {
        return SlackTestKit.startDistribution(stores, slack, Map.of("TOKEN_ENCRYPTION_KEY", keys), Clock.systemUTC(),
                DeliveryLimits.DEFAULT);
    }

    private static void answeredWithItsToken(SlackTestKit kit) throws Exception {
        kit.resetSlack();
        kit.event(ACME, kit.newEventId(), kit.directMessage("U1", "what does a lead do"), 0);
        assertEquals(kit.slack().oauth().tokenOf("T0ACME"), kit.slack().await("chat.postMessage", 1).get(0).token());
    }

    @Test
    void newKeyFirst_resealsUnderIt_thenTheOldKeyCanGo_andAMissingKeyStopsTheStart() throws Exception {
        String oldKey = TokenKeys.newKey();
        String newKey = TokenKeys.newKey();
        try (Stores stores = Stores.inMemory(); FakeSlackApi slack = new FakeSlackApi()) {
            try (SlackTestKit before = start(stores, slack, oldKey)) {
                before.install(ACME);
            }

            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> start(stores, slack,
                    newKey).close());
            assertTrue(refused.getMessage().startsWith("TOKEN_ENCRYPTION_KEY does not hold the key(s) ["
                    + TokenKeys.parse(oldKey).currentId() + "]"), refused.getMessage());
            assertFalse(refused.getMessage().contains(oldKey) || refused.getMessage().contains(newKey));

            try (SlackTestKit rotating = start(stores, slack, newKey + "," + oldKey)) {
                answeredWithItsToken(rotating);
            }
            try (SlackTestKit after = start(stores, slack, newKey)) {
                answeredWithItsToken(after);
            }
        }
    }
}
