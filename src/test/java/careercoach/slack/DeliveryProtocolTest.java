package careercoach.slack;

import careercoach.Stores;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the bot delivers to Slack when Slack is slow, rate limits oddly or fails: through signed requests. */
class DeliveryProtocolTest {
    private static final String QUESTION = "how do I grow as a lead";

    private static SlackTestKit start(DeliveryLimits limits) throws Exception {
        return SlackTestKit.start(Stores.inMemory(), Map.of(), limits);
    }

    private static double metric(SlackTestKit kit, String nameAndLabels) throws Exception {
        String body = kit.get("/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + " (\\S+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static List<FakeSlackApi.Call> posts(SlackTestKit kit, String channel) {
        return kit.slack().calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).toList();
    }

    @Test
    void directMessage_slackAnswersThePostAfterTheDeadline_isPostedOnceNotRetriedAndCounted() throws Exception {
        try (SlackTestKit kit = start(DeliveryLimits.DEFAULT.withCallTimeout(Duration.ofSeconds(1)))) {
            CountDownLatch slowSlack = kit.slack().hold("chat.postMessage");

            kit.event(kit.newEventId(), kit.directMessage("U1", QUESTION), 0);
            kit.slack().await("chat.postMessage", 1);

            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(20)), "the timed-out post still holds a thread");
            assertEquals(1, posts(kit, "DU1").size(), "a post that may have reached Slack is not repeated");
            assertEquals(1, metric(kit,
                    "slack_webapi_calls_total{method=\"chat.postMessage\",outcome=\"timeout_not_retried\"}"));
            slowSlack.countDown();
        }
    }

    @Test
    void hungWebApiCalls_fourUsersWaitingOnSlack_doNotStallAnotherUsersAnswer() throws Exception {
        try (SlackTestKit kit = start(DeliveryLimits.DEFAULT.withCallTimeout(Duration.ofSeconds(60)))) {
            CountDownLatch hung = kit.slack().hold("conversations.open");
            for (int user = 1; user <= 4; user++) {
                assertEquals(200, kit.command("U" + user, "C1", "check").statusCode());
            }
            kit.slack().await("conversations.open", 4);

            kit.command("U5", "C1", "ask " + QUESTION);

            FakeSlackApi.Call answer = kit.slack().await(c -> c.method().equals("response_url"), 1,
                    Duration.ofSeconds(10)).get(0);
            assertTrue(answer.allText().contains("lead"), answer.allText());
            hung.countDown();
        }
    }

    @Test
    void fullPool_newRequestsAreTurnedAwayWithTryAgainAndCounted_andAnEventComesBackLater() throws Exception {
        DeliveryLimits tiny = DeliveryLimits.DEFAULT.withPool(1, 10).withCallTimeout(Duration.ofSeconds(60));
        try (SlackTestKit kit = start(tiny)) {
            CountDownLatch hung = kit.slack().hold("conversations.open");
            String refused = null;
            for (int user = 1; user <= 30 && refused == null; user++) {
                HttpResponse<String> ack = kit.command("U" + user, "C1", "check");
                assertEquals(200, ack.statusCode());
                if (ack.body().contains("try again")) {
                    refused = ack.body();
                }
            }
            assertTrue(refused != null && refused.contains("ephemeral"), "no command was turned away");

            assertEquals(200, kit.blockAction("U40", "C1", "coach_skip", "x|0|0").statusCode());
            FakeSlackApi.Call note = kit.slack().await(c -> c.method().equals("response_url"), 1).get(0);
            assertTrue(note.param("text").contains("try again"), note.param("text"));
            String eventId = kit.newEventId();
            assertEquals(503, kit.event(eventId, kit.directMessage("U41", QUESTION), 0).statusCode());
            assertTrue(metric(kit, "career_work_refused_total") >= 3);

            hung.countDown();
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(30)));
            assertEquals(200, kit.event(eventId, kit.directMessage("U41", QUESTION), 1).statusCode());
            kit.slack().await(c -> c.method().equals("chat.postMessage") && "DU41".equals(c.param("channel")), 1);
        }
    }

    @Test
    void checklistCommand_viewsOpenIsSlow_theAckDoesNotWaitForIt() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            CountDownLatch slowSlack = kit.slack().hold("views.open");

            CompletableFuture<HttpResponse<String>> ack = CompletableFuture.supplyAsync(() -> {
                try {
                    return kit.command("U1", "C1", "checklist <@U2>");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertEquals(200, ack.get(10, TimeUnit.SECONDS).statusCode());
            kit.slack().await("views.open", 1);
            slowSlack.countDown();
        }
    }

    @Test
    void checklistCommand_viewsOpenRateLimitedPastTheTrigger_tellsTheUserToTryAgain() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            kit.slack().failNext("views.open", 429, Map.of("Retry-After", "10"),
                    "{\"ok\":false,\"error\":\"ratelimited\"}");

            assertEquals(200, kit.command("U1", "C1", "checklist <@U2>").statusCode());

            String text = kit.slack().await("response_url", 1).get(0).param("text");
            assertTrue(text.contains("/career checklist") && text.contains("again"), text);
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(20)));
            assertEquals(1, kit.slack().calls("views.open").size(), "no retry after the trigger expired");
        }
    }

    @Test
    void rateLimit_withMalformedOrNegativeRetryAfter_backsOffAndStillAnswers() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            kit.slack().failNext("chat.postMessage", 429, Map.of("Retry-After", "abc"), "{\"ok\":false}");
            kit.slack().failNext("chat.postMessage", 429, Map.of("Retry-After", "-5"), "{\"ok\":false}");

            kit.event(kit.newEventId(), kit.directMessage("U1", QUESTION), 0);

            List<FakeSlackApi.Call> tries = kit.slack().await("chat.postMessage", 3);
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(20)));
            assertEquals(3, posts(kit, "DU1").size());
            assertTrue(tries.get(2).allText().contains("lead"), tries.get(2).allText());
        }
    }

    @Test
    void responseUrl_failingEveryTime_isRetriedThenLoggedAndCounted() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            for (int i = 0; i < DeliveryLimits.DEFAULT.attempts(); i++) {
                kit.slack().failNext("response_url", 500, Map.of(), "server_error");
            }

            kit.command("U1", "C1", "ask " + QUESTION);

            kit.slack().await("response_url", DeliveryLimits.DEFAULT.attempts());
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(20)));
            assertEquals(1, metric(kit, "slack_webapi_calls_total{method=\"response_url\",outcome=\"gave_up\"}"));
        }
    }
}
