package careercoach.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.util.json.GsonFactory;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Answers read with the shared Gson must be what the stock client reads, errors and headers included. */
class SharedGsonSlackTest {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final String POSTED = """
            {"ok":true,"channel":"C1","ts":"1700000000.000200","message":{"type":"message","user":"UBOT",
             "text":"hi","ts":"1700000000.000200","blocks":[{"type":"section","block_id":"b1",
             "text":{"type":"mrkdwn","text":"*Skills*"},"accessory":{"type":"button","action_id":"tick",
             "text":{"type":"plain_text","text":"Tick"},"value":"1"}},{"type":"divider"}]},
             "response_metadata":{"warnings":["missing_charset"]}}""";

    private HttpServer server;
    private SharedGsonSlack ours;
    private Slack stock;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat.postMessage", exchange -> {
            byte[] body = POSTED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Slack-Req-Id", "req-1");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/views.publish", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "7");
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        server.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
        config.setStatsEnabled(false);
        ours = new SharedGsonSlack(config);
        stock = Slack.getInstance(config);
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        ours.close();
    }

    @Test
    void postedMessage_readsAsTheStockClientReadsIt() throws Exception {
        MethodsClient client = ours.methods("xoxb-test-only", "T1");

        ChatPostMessageResponse got = client.chatPostMessage(r -> r.channel("C1").text("hi"));
        ChatPostMessageResponse want = stock.methods("xoxb-test-only").chatPostMessage(r -> r.channel("C1").text("hi"));

        assertEquals(GSON.toJson(want), GSON.toJson(got));
        assertEquals("1700000000.000200", got.getTs());
        assertEquals(2, got.getMessage().getBlocks().size());
        assertEquals(List.of("req-1"), got.getHttpResponseHeaders().get("x-slack-req-id"));
        assertEquals(want.getHttpResponseHeaders().keySet(), got.getHttpResponseHeaders().keySet());
    }

    @Test
    void rateLimited_isTheSameSlackApiExceptionWithItsRetryAfter() {
        SlackApiException limited = assertThrows(SlackApiException.class,
                () -> ours.methods("xoxb-test-only").viewsPublish(r -> r.userId("U1")));

        assertEquals(429, limited.getResponse().code());
        assertEquals("7", limited.getResponse().header("Retry-After"));
    }

    @Test
    void botClients_comeFromTheSharedGsonClient() {
        assertEquals(SharedGsonSlack.SharedGsonMethodsClient.class, ours.methods("xoxb-test-only").getClass());
        assertEquals(SharedGsonSlack.SharedGsonMethodsClient.class, ours.methods("xoxb-test-only", "T1").getClass());
    }
}
