package careercoach.slack.checklist;

import careercoach.Stores;
import careercoach.checklist.ChecklistRepository;
import careercoach.slack.DeliveryLimits;
import careercoach.testkit.ShareForm;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a shared checklist is taken on is decided before anything is stored; once stored, it is posted, however
 * full the pool for work after acks became meanwhile. Never "busy" about a checklist that was stored.
 */
class ChecklistAdmissionProtocolTest {
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String CHANNEL = "CTEAM";

    @Test
    void share_poolFullAfterStoring_isStillPostedOnce_andRefusedBeforeStoring_storesNothing() throws Exception {
        CountDownLatch inStore = new CountDownLatch(3);
        CountDownLatch stored = new CountDownLatch(1);
        AtomicBoolean holdInserts = new AtomicBoolean();
        Stores real = Stores.inMemory();
        ChecklistRepository slowInserts = (ChecklistRepository) Proxy.newProxyInstance(
                ChecklistRepository.class.getClassLoader(), new Class<?>[] {ChecklistRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("insert") && holdInserts.get()) {
                        inStore.countDown();
                        stored.await(30, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real.checklists(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Stores stores = real.withChecklists(slowInserts);
        DeliveryLimits tiny = DeliveryLimits.DEFAULT.withPool(1, 10).withCallTimeout(Duration.ofSeconds(60));
        try (SlackTestKit kit = SlackTestKit.start(stores, Map.of(), tiny)) {
            CountDownLatch slowSlack = kit.slack().hold("views.open");
            try {
                // Forms opening while Slack is slow fill the queue up to where requests are still admitted.
                for (int i = 0; i < 20 && queueDepth(kit) < 8; i++) {
                    kit.command("UFILL" + i, CHANNEL, "checklist <@UPERSON>");
                    Thread.sleep(50);
                }
                assertEquals(8, queueDepth(kit));

                // Three managers admitted at once; their checklists are being stored.
                holdInserts.set(true);
                List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
                for (int m = 1; m <= 3; m++) {
                    String manager = "UMGR" + m;
                    acks.add(CompletableFuture.supplyAsync(() -> submit(kit, manager)));
                }
                assertTrue(inStore.await(20, TimeUnit.SECONDS), "all three admitted before storing");
                stored.countDown();
                for (int m = 1; m <= 3; m++) {
                    HttpResponse<String> ack = acks.get(m - 1).get(20, TimeUnit.SECONDS);
                    assertEquals(200, ack.statusCode());
                    assertFalse(ack.body().contains("busy"), "UMGR" + m + " stored, then told busy: " + ack.body());
                }
                holdInserts.set(false);

                // The pool is full now: the next share is refused before anything is stored.
                HttpResponse<String> refused = submit(kit, "UMGR4");
                assertTrue(refused.body().contains("busy"), refused.body());
                assertEquals(List.of(), real.checklists().involving(TEAM, "UMGR4"));
            } finally {
                slowSlack.countDown();
            }
            assertTrue(kit.app().awaitIdle(Duration.ofSeconds(60)));
            for (int m = 1; m <= 3; m++) {
                assertEquals(1, real.checklists().involving(TEAM, "UMGR" + m).size());
            }
            assertEquals(3, kit.slack().calls(c -> c.method().equals("chat.postMessage")
                    && CHANNEL.equals(c.param("channel"))).size(), "each stored checklist posted once");
        }
    }

    private static HttpResponse<String> submit(SlackTestKit kit, String manager) {
        try {
            return kit.viewSubmission(manager, ChecklistIds.SHARE_VIEW,
                    ShareForm.shareMetadata(kit, CHANNEL, "share-" + manager),
                    ShareForm.shareState("UPERSON", List.of(), "Write the design doc", null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double queueDepth(SlackTestKit kit) throws Exception {
        Matcher m = Pattern.compile("(?m)^career_work_queue_depth (\\S+)$").matcher(kit.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
