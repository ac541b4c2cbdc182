package careercoach.web;

import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send a body slowly or without end: they are dropped or refused, and cost no thread while they
 * wait, so health checks and Slack's own requests are answered meanwhile.
 */
class SlowAndLargeBodiesTest {
    /** More than the server's request threads. */
    private static final int SLOW_CLIENTS = 250;
    /** The slow clients come from this many addresses, each under the server's cap on connections per address. */
    private static final int SLOW_ADDRESSES = 10;

    @Test
    void slowBodies_doNotStopOthersBeingServed() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), kit.app().port(),
                            InetAddress.getByName("127.0.0." + (2 + i % SLOW_ADDRESSES)), 0);
                    socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 900000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    slow.add(socket);
                }

                // With every slow body still open, the others get their answers, each within Slack's 3 seconds.
                HttpResponse<String> health = CompletableFuture.supplyAsync(() -> get(kit, "/healthz"))
                        .get(3, TimeUnit.SECONDS);
                HttpResponse<String> command = CompletableFuture.supplyAsync(() -> command(kit))
                        .get(3, TimeUnit.SECONDS);

                assertEquals(200, health.statusCode());
                assertEquals(200, command.statusCode(), command.body());
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void trickledBody_isDroppedBelowTheMinimumDataRate() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start();
             Socket socket = new Socket("127.0.0.1", kit.app().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 900000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> read(socket));
            long sent = 0;
            // One byte every 100 ms: 10 bytes a second, far below the minimum rate.
            while (!answer.isDone() && sent < 300) {
                try {
                    out.write('x');
                    out.flush();
                    sent++;
                } catch (IOException closed) {
                    break;
                }
                Thread.sleep(100);
            }

            String response = answer.get(30, TimeUnit.SECONDS);
            assertTrue(sent < 300, "the server kept reading a trickle for " + sent + " bytes");
            assertTrue(response.isEmpty() || RawHttp.status(response) == 408, response);
        }
    }

    @Test
    void chunkedBodyOverTheLimit_gets413_andIsNotReadFurther() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start();
             Socket socket = new Socket("127.0.0.1", kit.app().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> read(socket));
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            AtomicLong sent = new AtomicLong();
            long cap = 256L * 1024 * 1024;
            try {
                while (sent.get() < cap && !answer.isDone()) {
                    out.write(chunk);
                    sent.addAndGet(0x10000);
                }
            } catch (IOException closedByServer) {
                // expected: the server stops reading once it has answered
            }

            String response = answer.get(30, TimeUnit.SECONDS);
            assertEquals(413, RawHttp.status(response), response);
            assertTrue(sent.get() < cap, "the server read " + sent.get() + " bytes of an oversized body");
            // The exchange is counted when the server has finished with it, which may be just after the answer.
            String counted = "http_requests_total{method=\"POST\",path=\"/slack/events\",status=\"413\"} 1.0";
            String metrics = kit.get("/metrics").body();
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                 !metrics.contains(counted) && System.nanoTime() < until; metrics = kit.get("/metrics").body()) {
                Thread.sleep(50);
            }
            assertTrue(metrics.contains(counted), metrics);
        }
    }

    @Test
    void announcedBodyOverTheLimit_gets413_beforeAnyOfItIsSent() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            String response = RawHttp.exchange(kit.app().port(), "POST /slack/events HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n");

            assertEquals(413, RawHttp.status(response), response);
        }
    }

    private static String read(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            return RawHttp.readAll(in);
        } catch (IOException e) {
            return "";
        }
    }

    private static HttpResponse<String> get(SlackTestKit kit, String path) {
        try {
            return kit.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> command(SlackTestKit kit) {
        try {
            return kit.command("U1", "C1", "help");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
