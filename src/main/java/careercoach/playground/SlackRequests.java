package careercoach.playground;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Sends requests to the app's own {@code /slack/events} over loopback, signed as Slack signs them
 * ({@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}, over the UTF-8 bytes), so they pass the same
 * verification and the same Bolt app as Slack's.
 */
final class SlackRequests {
    private static final Logger LOG = LoggerFactory.getLogger(SlackRequests.class);

    /** Status and body of the app's answer: its ack. */
    record Ack(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    private final String signingSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile URI events;

    SlackRequests(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    /** Where the app listens; known once its server has started. */
    void target(int port) {
        this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    Ack post(String body, String contentType) throws IOException, InterruptedException {
        if (events == null) {
            throw new IllegalStateException("the app's server has not started");
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            LOG.warn("the app answered a playground request with HTTP {}", response.statusCode());
        }
        return new Ack(response.statusCode(), response.body());
    }

    String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
