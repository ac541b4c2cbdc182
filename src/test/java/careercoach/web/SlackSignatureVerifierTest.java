package careercoach.web;

import careercoach.testkit.SlackSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackSignatureVerifierTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final SlackSignatureVerifier verifier =
            new SlackSignatureVerifier("secret", Clock.fixed(NOW, ZoneOffset.UTC));
    private final SlackSigner signer = new SlackSigner("secret");

    @Test
    void isValid_nonAsciiBody_checksUtf8BytesWhateverTheBodyLooksLikeInLatin1() {
        String body = "text=caf\u00e9 \u2615 \ud83d\ude80 \u05de\u05e0\u05d4\u05d9\u05d2\u05d5\u05ea";
        long ts = NOW.getEpochSecond();
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        // The bytes a platform-charset verifier would hash under an ISO-8859-1 locale differ from Slack's.
        assertNotEquals(new String(utf8, StandardCharsets.ISO_8859_1).length(), body.length());

        assertTrue(verifier.isValid(String.valueOf(ts), signer.sign(ts, body), utf8));
    }

    @Test
    void isValid_doesNotDependOnThePlatformCharset() {
        // The verifier receives raw bytes and hashes them as they are; only the header strings are decoded.
        String body = "text=\u00e9";
        long ts = NOW.getEpochSecond();
        byte[] latin1 = body.getBytes(Charset.forName("ISO-8859-1"));

        assertFalse(verifier.isValid(String.valueOf(ts), signer.sign(ts, body), latin1));
        assertTrue(verifier.isValid(String.valueOf(ts), signer.sign(ts, body), body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isValid_timestampInTheFuture_isRefused() {
        long future = NOW.plusSeconds(301).getEpochSecond();

        assertFalse(verifier.isValid(String.valueOf(future), signer.sign(future, "a=b"),
                "a=b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isValid_withinFiveMinutes_isAccepted() {
        long ts = NOW.minusSeconds(299).getEpochSecond();

        assertTrue(verifier.isValid(String.valueOf(ts), signer.sign(ts, "a=b"), "a=b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isValid_malformedHeaders_areRefused() {
        byte[] body = "a=b".getBytes(StandardCharsets.UTF_8);
        assertFalse(verifier.isValid("not-a-number", "v0=00", body));
        assertFalse(verifier.isValid(String.valueOf(NOW.getEpochSecond()), "v1=00", body));
        assertFalse(verifier.isValid(null, null, body));
    }
}
