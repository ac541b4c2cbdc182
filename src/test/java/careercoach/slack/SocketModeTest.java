package careercoach.slack;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.slack.guide.SectionRenderer;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With SLACK_APP_TOKEN the same listeners answer over a Socket Mode WebSocket (a fake Slack end on loopback). */
class SocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Slack's side of a Socket Mode connection: says hello, sends envelopes, collects the acks. */
    private static final class FakeSocketModeServer extends WebSocketServer {
        final BlockingQueue<WebSocket> connected = new LinkedBlockingQueue<>();
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        /** Opened once the server socket is bound: before that getPort() may answer -1. */
        final CountDownLatch listening = new CountDownLatch(1);

        FakeSocketModeServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0001\"}}");
            connected.add(socket);
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
        }

        @Override
        public void onStart() {
            listening.countDown();
        }
    }

    @Test
    void socketMode_slashCommand_isAnsweredByTheSameListeners() throws Exception {
        FakeSocketModeServer socketServer = new FakeSocketModeServer();
        socketServer.start();
        try (FakeSlackApi slack = new FakeSlackApi()) {
            assertTrue(socketServer.listening.await(20, TimeUnit.SECONDS), "the fake Socket Mode server listens");
            slack.answerAlways("apps.connections.open",
                    "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socketServer.getPort() + "/link\"}");
            Config config = Config.from(Map.of("SLACK_BOT_TOKEN", SlackTestKit.BOT_TOKEN,
                    "SLACK_APP_TOKEN", "xapp-test", "SLACK_API_URL", slack.apiUrl(), "PORT", "0",
                    "INDEX_DATA", "index-data")::get);
            try (CareerCoachApp app = new CareerCoachApp(config, Stores.inMemory()).start()) {
                WebSocket socket = socketServer.connected.poll(20, TimeUnit.SECONDS);
                assertNotNull(socket, "the app connected over Socket Mode");
                ObjectNode envelope = JSON.createObjectNode();
                envelope.put("envelope_id", "env-1");
                envelope.put("type", "slash_commands");
                envelope.put("accepts_response_payload", true);
                envelope.putObject("payload").put("team_id", FakeSlackApi.TEAM_ID).put("user_id", "U1")
                        .put("channel_id", "C1").put("command", "/career").put("text", "skills")
                        .put("response_url", slack.responseUrl("sm")).put("trigger_id", "t1")
                        .put("api_app_id", "A0001");

                socket.send(JSON.writeValueAsString(envelope));

                JsonNode ack = null;
                for (String message = socketServer.received.poll(20, TimeUnit.SECONDS); message != null;
                     message = socketServer.received.poll(20, TimeUnit.SECONDS)) {
                    JsonNode json = JSON.readTree(message);
                    if ("env-1".equals(json.path("envelope_id").asText())) {
                        ack = json;
                        break;
                    }
                }
                assertNotNull(ack, "the envelope was acknowledged");
                assertEquals("ephemeral", ack.at("/payload/response_type").asText());
                assertTrue(ack.at("/payload/blocks").toString().contains(SectionRenderer.SHARE_ACTION), ack.toString());
            }
        } finally {
            socketServer.stop(1000);
        }
    }
}
