package careercoach.web;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.Readiness;
import careercoach.testkit.SlackSigner;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server in its own JVM with an ISO-8859-1 platform charset (as on a machine with a non-UTF-8 locale): a body
 * signed over its UTF-8 bytes, with accents, emoji and right-to-left text, is accepted and read back intact.
 */
class NonUtf8LocaleTest {

    @Test
    void serve_latin1Platform_acceptsNonAsciiSignedBody() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (FakeSlackApi slack = new FakeSlackApi()) {
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
                    "-cp", System.getProperty("java.class.path"), "careercoach.Main", "serve")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("LC_ALL", "C");
            builder.environment().put("SLACK_BOT_TOKEN", SlackTestKit.BOT_TOKEN);
            builder.environment().put("SLACK_SIGNING_SECRET", SlackTestKit.SIGNING_SECRET);
            builder.environment().put("SLACK_API_URL", slack.apiUrl());
            builder.environment().put("PORT", String.valueOf(port));
            // Its own in-memory database: never the developer's ./data file.
            builder.environment().put("DATABASE_URL", "jdbc:h2:mem:locale-" + port + ";DB_CLOSE_DELAY=-1"
                    + careercoach.store.Database.H2_SETTINGS);
            builder.environment().remove("SLACK_APP_TOKEN");
            Process server = builder.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI base = URI.create("http://127.0.0.1:" + port);
                Readiness.await(http, base.resolve("/readyz"), Duration.ofSeconds(60));
                String text = "role café ☕ 🚀 מנהיגות";
                Map<String, String> form = new LinkedHashMap<>();
                form.put("team_id", FakeSlackApi.TEAM_ID);
                form.put("user_id", "U1");
                form.put("channel_id", "C1");
                form.put("command", "/career");
                form.put("text", text);
                form.put("response_url", slack.responseUrl("x"));
                form.put("trigger_id", "t1");
                String body = SlackTestKit.formEncode(form).replace("%C3%A9", "é");
                long now = Instant.now().getEpochSecond();

                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/slack/events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", String.valueOf(now))
                        .header("X-Slack-Signature", new SlackSigner(SlackTestKit.SIGNING_SECRET).sign(now, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

                assertEquals(200, response.statusCode(), response.body());
                assertTrue(new ObjectMapper().readTree(response.body()).toString().contains("café ☕ 🚀 מנהיגות"),
                        response.body());
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
    }
}
