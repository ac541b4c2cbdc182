package careercoach.web;

import careercoach.testkit.LogCapture;
import careercoach.testkit.SlackTestKit;
import ch.qos.logback.classic.Level;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP layer on its own: a supported server, and clear answers to requests no route takes. */
class HttpServerTest {

    @Test
    void server_isJetty12_andDoesNotAnnounceItsVersion() throws Exception {
        // Jetty 10 and 11 reached end of life in January 2025; 12 is the supported line.
        assertTrue(Jetty.VERSION.startsWith("12."), Jetty.VERSION);
        try (SlackTestKit kit = SlackTestKit.start()) {
            String response = RawHttp.exchange(kit.app().port(),
                    "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertEquals(200, RawHttp.status(response));
            assertFalse(response.toLowerCase().contains("server: jetty"), response);
        }
    }

    @Test
    void unknownPathsAndMethods_get404Or405_withoutTrace_andAreCounted() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start(); LogCapture logs = LogCapture.open()) {
            int port = kit.app().port();
            String root = RawHttp.exchange(port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String favicon = RawHttp.exchange(port,
                    "GET /favicon.ico HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String head = RawHttp.exchange(port, "HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String options = RawHttp.exchange(port,
                    "OPTIONS /slack/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String getEvents = RawHttp.exchange(port,
                    "GET /slack/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertEquals(404, RawHttp.status(root), root);
            assertEquals(404, RawHttp.status(favicon), favicon);
            assertEquals(200, RawHttp.status(head), head);
            assertEquals(405, RawHttp.status(options), options);
            assertEquals(405, RawHttp.status(getEvents), getEvents);
            for (String response : new String[] {root, favicon, head, options, getEvents}) {
                assertFalse(response.contains("Exception"), response);
                assertFalse(response.contains("\tat "), response);
            }
            assertTrue(logs.atLeast(Level.WARN).isEmpty(), logs.allText());

            String metrics = kit.get("/metrics").body();
            assertTrue(metrics.contains("http_requests_total{method=\"GET\",path=\"other\",status=\"404\"} 2.0"),
                    metrics);
            assertTrue(metrics.contains("http_requests_total{method=\"HEAD\",path=\"/healthz\",status=\"200\"}"),
                    metrics);
            assertTrue(metrics.contains(
                    "http_requests_total{method=\"OPTIONS\",path=\"/slack/events\",status=\"405\"}"), metrics);
        }
    }

    @Test
    void methodsOutsideTheKnownSet_areCountedAsOther_andMakeNoSeriesOfTheirOwn() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            int port = kit.app().port();
            for (int i = 0; i < 40; i++) {
                String response = RawHttp.exchange(port, "QWERTY" + i + " /slack/events HTTP/1.1\r\nHost: x\r\n"
                        + "Connection: close\r\n\r\n");
                int status = RawHttp.status(response);
                assertTrue(status >= 400 && status < 500, response);
            }
            RawHttp.exchange(port, "PROPFIND /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            String metrics = kit.get("/metrics").body();
            assertFalse(metrics.contains("QWERTY"), metrics);
            assertFalse(metrics.contains("PROPFIND"), metrics);
            assertEquals(41.0, sum(metrics, "http_requests_total\\{method=\"other\",[^}]*}"), metrics);
            // Known paths and a few statuses: a handful of series, however many odd requests came.
            assertTrue(count(metrics, "http_requests_total\\{") < 10, metrics);
        }
    }

    @Test
    void bodiesRefusedAsTooLarge_areCounted() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            String announced = RawHttp.exchange(kit.app().port(), "POST /slack/events HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n");
            assertEquals(413, RawHttp.status(announced), announced);

            String metrics = kit.get("/metrics").body();
            assertTrue(metrics.contains(
                    "http_requests_total{method=\"POST\",path=\"/slack/events\",status=\"413\"} 1.0"), metrics);
        }
    }

    private static double sum(String metrics, String series) {
        Matcher lines = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        double sum = 0;
        while (lines.find()) {
            sum += Double.parseDouble(lines.group(1));
        }
        return sum;
    }

    private static int count(String metrics, String series) {
        Matcher lines = Pattern.compile("(?m)^" + series).matcher(metrics);
        int count = 0;
        while (lines.find()) {
            count++;
        }
        return count;
    }
}
