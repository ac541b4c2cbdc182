package careercoach.web;

import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every request on /slack/events is verified before any listener runs. */
class SlackSignatureProtocolTest {
    private static final String COMMAND = "team_id=T0001&user_id=U1&channel_id=C1&command=%2Fcareer&text=skills"
            + "&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fresponse%2Fx&trigger_id=t1";
    private static final String FORM = "application/x-www-form-urlencoded";
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass();

    @Test
    void post_missingSignature_isRefusedWithoutListenerOrWebApiCall() throws Exception {
        HttpResponse<String> response = kit.post(COMMAND, FORM, null, null, Map.of());

        assertEquals(401, response.statusCode());
        assertTrue(kit.slack().calls().isEmpty(), () -> kit.slack().calls().toString());
    }

    @Test
    void post_missingTimestamp_isRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> response = kit.post(COMMAND, FORM, null, kit.signer().sign(now, COMMAND), Map.of());

        assertEquals(401, response.statusCode());
    }

    @Test
    void post_wrongSignature_isRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String forged = new careercoach.testkit.SlackSigner("another-secret").sign(now, COMMAND);

        HttpResponse<String> response = kit.post(COMMAND, FORM, String.valueOf(now), forged, Map.of());

        assertEquals(401, response.statusCode());
        assertTrue(kit.slack().calls().isEmpty(), () -> kit.slack().calls().toString());
    }

    @Test
    void post_bodyChangedAfterSigning_isRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = kit.signer().sign(now, COMMAND);

        HttpResponse<String> response = kit.post(COMMAND.replace("skills", "salary"), FORM, String.valueOf(now),
                signature, Map.of());

        assertEquals(401, response.statusCode());
    }

    @Test
    void post_signatureOlderThanFiveMinutes_isRefused() throws Exception {
        long stale = Instant.now().minusSeconds(6 * 60).getEpochSecond();

        HttpResponse<String> response = kit.post(COMMAND, FORM, String.valueOf(stale),
                kit.signer().sign(stale, COMMAND), Map.of());

        assertEquals(401, response.statusCode());
        assertTrue(kit.slack().calls().isEmpty(), () -> kit.slack().calls().toString());
    }

    @Test
    void post_nonAsciiBodySignedInUtf8_isAccepted() throws Exception {
        HttpResponse<String> response = kit.command("U1", "C1", "ask café ☕ 🚀 מנהיגות leadership é?");

        assertEquals(200, response.statusCode());
    }

    @Test
    void post_urlVerification_echoesChallenge() throws Exception {
        String body = "{\"token\":\"legacy\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}";

        HttpResponse<String> response = kit.postSigned(body, "application/json", Map.of());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("c-123"), response.body());
    }
}
