package careercoach.web;

import careercoach.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemorySeenSignaturesTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");
    private final InMemorySeenSignatures seen = new InMemorySeenSignatures(clock);

    private Instant validUntil() {
        return clock.instant().plus(Duration.ofMinutes(5));
    }

    @Test
    void aSignature_isNewOnce_andOneDifferingInAnyOfItsFirst128Bits_isAnother() {
        String signature = "0123456789abcdef".repeat(4);

        assertTrue(seen.firstTime(signature, validUntil()));
        assertFalse(seen.firstTime(signature, validUntil()));
        assertTrue(seen.firstTime("1" + signature.substring(1), validUntil()));
        assertTrue(seen.firstTime(signature.substring(0, 31) + "0" + signature.substring(32), validUntil()));
    }

    /** A signature as Slack's look (64 hex digits), the n-th of a spread of them. */
    private static String signature(int n) {
        return String.format("%016x%016x", n * 0x9E3779B97F4A7C15L, (long) n) + "0".repeat(32);
    }

    @Test
    void manySignatures_areEachNewOnce() {
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.firstTime(signature(i), validUntil()), "signature " + i);
        }
        for (int i = 0; i < 20_000; i++) {
            assertFalse(seen.firstTime(signature(i), validUntil()), "signature " + i);
        }
    }

    @Test
    void aSignatureThatIsNotHex_isStillKnownAgain() {
        assertTrue(seen.firstTime("not a signature", validUntil()));
        assertFalse(seen.firstTime("not a signature", validUntil()));
    }

    @Test
    void signaturesPastTheirValidity_areForgotten_othersKept() {
        String expiring = "a".repeat(64);
        String lasting = "b".repeat(64);
        seen.firstTime(expiring, validUntil());
        seen.firstTime(lasting, validUntil().plus(Duration.ofMinutes(10)));

        // Forgotten by the minute: at most a minute after no instance accepts it.
        clock.advance(Duration.ofMinutes(5).plus(InMemorySeenSignatures.CLOCK_MARGIN).plusMinutes(1));

        assertTrue(seen.firstTime(expiring, validUntil()), "forgotten once no instance accepts it");
        assertFalse(seen.firstTime(lasting, validUntil()));
    }
}
