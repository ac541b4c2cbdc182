package careercoach.web;

import careercoach.testkit.Await;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GracefulStopTest {

    @Test
    void close_letsTheRequestInFlightFinish() throws Exception {
        SlackTestKit kit = SlackTestKit.start();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        kit.app().web().get("/slow", ctx -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            ctx.result("done");
        });
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(kit.url("/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(10, TimeUnit.SECONDS));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(kit::close);
        Await.until("the app began to stop (no longer ready)", () -> !ready(kit));
        release.countDown();
        stopping.get(20, TimeUnit.SECONDS);

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("done", response.body());
    }

    /** {@code /readyz} answers 200; false once stopping (503, or the connector already closed). */
    private static boolean ready(SlackTestKit kit) {
        try {
            return kit.get("/readyz").statusCode() == 200;
        } catch (Exception stopped) {
            return false;
        }
    }
}
