package careercoach.web;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.slack.DeliveryLimits;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackSigner;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that open connections and send their headers a byte at a time (or nothing at all), from many addresses
 * or from one: they cannot fill the server's connections for long, so health checks and Slack's own requests are
 * still answered within Slack's 3 seconds. Small limits reproduce what 520 sockets do to the default 512.
 */
class SlowHeadersTest {
    private static final int MAX_CONNECTIONS = 40;
    private static final int PER_ADDRESS = 8;
    /** As deployed: longer than Slack's 3 seconds, so closing at the deadline alone would answer others too late. */
    private static final Duration HEADER_DEADLINE = HttpLimits.DEFAULTS.headerDeadline();
    private static final HttpLimits LIMITS = HttpLimits.DEFAULTS.withConnections(MAX_CONNECTIONS, PER_ADDRESS,
            HEADER_DEADLINE);
    private static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);

    private FakeSlackApi slack;
    private Stores stores;
    private CareerCoachApp app;
    private final List<Dribbler> attackers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        attackers.forEach(Dribbler::close);
        if (app != null) {
            app.close();
        }
        if (slack != null) {
            slack.close();
        }
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void slowHeadersFromManyAddresses_fillingTheConnections_doNotStopHealthOrSlackBeingAnswered() throws Exception {
        start();
        // More connections than the server takes, each under the per-address cap, each reopened when dropped.
        for (int address = 2; address < 12; address++) {
            attackers.add(new Dribbler("127.0.0." + address, 6, true, false).start());
        }
        awaitFull();

        assertAnsweredInTime();
        assertAnsweredInTime();
    }

    @Test
    void silentConnectionsFillingTheServer_areClosedFirst_soOthersAreAnswered() throws Exception {
        start();
        for (int address = 2; address < 12; address++) {
            attackers.add(new Dribbler("127.0.0." + address, 6, true, true).start());
        }
        awaitFull();

        assertAnsweredInTime();
    }

    @Test
    void oneAddress_getsNoMoreThanItsShareOfConnections() throws Exception {
        start();
        Dribbler attacker = new Dribbler("127.0.0.2", 3 * PER_ADDRESS, false, false).start();
        attackers.add(attacker);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attacker.open() > PER_ADDRESS && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(attacker.open() <= PER_ADDRESS, attacker.open() + " connections still open from one address");
        assertAnsweredInTime();
    }

    @Test
    void headersNotCompleteInTime_closeTheConnection() throws Exception {
        start();
        Dribbler slow = new Dribbler("127.0.0.2", 1, false, false).start();
        attackers.add(slow);

        long deadline = System.nanoTime() + HEADER_DEADLINE.plusSeconds(8).toNanos();
        while (slow.open() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, slow.open(), "a connection still sending its headers " + HEADER_DEADLINE.plusSeconds(8)
                + " after the first byte");
    }

    private void start() throws Exception {
        slack = new FakeSlackApi();
        stores = Stores.inMemory();
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", SlackTestKit.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SlackTestKit.SIGNING_SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", "0");
        env.put("INDEX_DATA", "index-data");
        Config config = Config.from(env::get);
        app = CareerCoachApp.builder(config, stores).httpLimits(LIMITS).build().start();
    }

    /** Waits until the attackers hold at least as many connections as the server takes. */
    private void awaitFull() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attackers.stream().mapToInt(Dribbler::open).sum() < MAX_CONNECTIONS
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** {@code /healthz} and a signed slash command, each answered within Slack's 3 seconds. */
    private void assertAnsweredInTime() throws Exception {
        String health = CompletableFuture.supplyAsync(() -> exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n")).get(SLACK_ACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(200, RawHttp.status(health), health);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", FakeSlackApi.TEAM_ID);
        form.put("channel_id", "C1");
        form.put("user_id", "U1");
        form.put("command", "/career");
        form.put("text", "help");
        form.put("response_url", slack.responseUrl("slow-headers"));
        form.put("trigger_id", "t-" + System.nanoTime());
        String body = SlackTestKit.formEncode(form);
        long now = Instant.now().getEpochSecond();
        String request = "POST /slack/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "X-Slack-Request-Timestamp: " + now + "\r\n"
                + "X-Slack-Signature: " + new SlackSigner(SlackTestKit.SIGNING_SECRET).sign(now, body) + "\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        String command = CompletableFuture.supplyAsync(() -> exchange(request))
                .get(SLACK_ACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(200, RawHttp.status(command), command);
    }

    private String exchange(String request) {
        try {
            return RawHttp.exchange(app.port(), request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sockets from one local address that send a request line, then one header byte at a time, and never finish
     * (or, {@code silent}, send nothing at all); when {@code reopen}, a socket the server closes is opened again at
     * once, as an attacker would.
     */
    private final class Dribbler implements AutoCloseable {
        private final InetAddress from;
        private final int count;
        private final boolean reopen;
        private final boolean silent;
        private final List<Socket> sockets = new ArrayList<>();
        private volatile boolean running = true;
        private Thread thread;

        Dribbler(String from, int count, boolean reopen, boolean silent) throws IOException {
            this.from = InetAddress.getByName(from);
            this.count = count;
            this.reopen = reopen;
            this.silent = silent;
        }

        Dribbler start() throws IOException {
            for (int i = 0; i < count; i++) {
                sockets.add(connect());
            }
            thread = new Thread(this::dribble, "dribbler-" + from.getHostAddress());
            thread.setDaemon(true);
            thread.start();
            return this;
        }

        private Socket connect() throws IOException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.port(), from, 0);
            socket.setSoTimeout(1);
            if (!silent) {
                socket.getOutputStream().write("POST /slack/events HTTP/1.1\r\nX-Slow: "
                        .getBytes(StandardCharsets.US_ASCII));
            }
            return socket;
        }

        /** One byte on every socket every 200 ms; a socket the server closed is counted out (or reopened). */
        private void dribble() {
            while (running) {
                synchronized (sockets) {
                    for (int i = 0; i < sockets.size(); i++) {
                        Socket socket = sockets.get(i);
                        if (socket.isClosed()) {
                            continue;
                        }
                        if (closedByServer(socket)) {
                            closeQuietly(socket);
                            if (reopen && running) {
                                try {
                                    sockets.set(i, connect());
                                } catch (IOException e) {
                                    // the backlog is full: try again on the next round
                                }
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private boolean closedByServer(Socket socket) {
            try {
                if (!silent) {
                    OutputStream out = socket.getOutputStream();
                    out.write('x');
                    out.flush();
                }
                InputStream in = socket.getInputStream();
                return in.read() < 0;
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }

        int open() {
            synchronized (sockets) {
                return (int) sockets.stream().filter(s -> !s.isClosed()).count();
            }
        }

        @Override
        public void close() {
            running = false;
            synchronized (sockets) {
                sockets.forEach(this::closeQuietly);
            }
        }

        private void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
