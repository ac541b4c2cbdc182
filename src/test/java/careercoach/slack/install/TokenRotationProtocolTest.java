package careercoach.slack.install;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.slack.DeliveryLimits;
import careercoach.store.DatabaseTest;
import careercoach.store.TestDatabase;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token rotation with two instances of the app on one database: the token is refreshed before it expires, once,
 * by one instance; the other goes on with the current token meanwhile, and both use the new one after.
 */
class TokenRotationProtocolTest {
    private static final Workspace ACME = Workspace.team("T0ACME");
    /** Slack's rotating tokens live 12 hours. */
    private static final int TWELVE_HOURS = 12 * 60 * 60;

    private static List<FakeSlackApi.Call> refreshes(FakeSlackApi slack) {
        return slack.calls(c -> c.method().equals("oauth.v2.access") && "refresh_token".equals(c.param("grant_type")));
    }

    @DatabaseTest
    void twoInstances_refreshTheTokenOnceBeforeItExpires_andBothUseTheNewOne(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (FakeSlackApi slack = new FakeSlackApi();
             SlackTestKit one = SlackTestKit.startDistribution(Stores.database(db.database(), clock), slack,
                     Map.of(), clock, DeliveryLimits.DEFAULT);
             SlackTestKit two = SlackTestKit.startDistribution(Stores.database(db.openAnother(), clock), slack,
                     Map.of(), clock, DeliveryLimits.DEFAULT)) {
            slack.oauth().rotateTokens(TWELVE_HOURS);
            one.install(ACME);
            String first = slack.oauth().tokenOf("T0ACME");
            clock.advance(Duration.ofHours(10).plusMinutes(30));
            slack.reset();
            CountDownLatch gate = slack.hold("oauth.v2.access");
            CompletableFuture<Integer> byOne = CompletableFuture.supplyAsync(
                    () -> one.app().installations().orElseThrow().refreshDue());
            slack.await("oauth.v2.access", 1);

            int byTwo = two.app().installations().orElseThrow().refreshDue();
            two.event(ACME, two.newEventId(), two.directMessage("U1", "what does a lead do"), 0);
            FakeSlackApi.Call meanwhile = slack.await("chat.postMessage", 1).get(0);
            gate.countDown();

            assertEquals(1, byOne.get(30, TimeUnit.SECONDS));
            assertEquals(0, byTwo, "the other instance does not refresh it too");
            assertEquals(first, meanwhile.token(), "the current token, still valid, is used meanwhile");
            assertEquals(1, refreshes(slack).size());
            String refreshed = slack.oauth().tokenOf("T0ACME");
            assertNotEquals(first, refreshed);
            slack.reset();

            one.event(ACME, one.newEventId(), one.directMessage("U1", "what does a lead do"), 0);
            two.event(ACME, two.newEventId(), two.directMessage("U2", "what does a lead do"), 0);

            List<FakeSlackApi.Call> after = slack.await("chat.postMessage", 2);
            assertEquals(List.of(refreshed, refreshed), after.stream().map(FakeSlackApi.Call::token).toList());
            assertEquals(0, one.app().installations().orElseThrow().refreshDue() + two.app().installations()
                    .orElseThrow().refreshDue(), "not due again until two hours before the new expiry");
            assertEquals(List.of(), refreshes(slack));
        }
    }

    @DatabaseTest
    void aTokenThatExpiredUnrefreshed_isRefreshedByTheFirstRequest_once(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (FakeSlackApi slack = new FakeSlackApi();
             SlackTestKit one = SlackTestKit.startDistribution(Stores.database(db.database(), clock), slack,
                     Map.of(), clock, DeliveryLimits.DEFAULT)) {
            slack.oauth().rotateTokens(TWELVE_HOURS);
            one.install(ACME);
            clock.advance(Duration.ofHours(13));
            slack.reset();

            one.event(ACME, one.newEventId(), one.directMessage("U1", "what does a lead do"), 0);

            FakeSlackApi.Call reply = slack.await("chat.postMessage", 1).get(0);
            assertEquals(1, refreshes(slack).size());
            assertEquals(slack.oauth().tokenOf("T0ACME"), reply.token());
            assertTrue(reply.token().startsWith("xoxe.xoxb-"));
        }
    }
}
