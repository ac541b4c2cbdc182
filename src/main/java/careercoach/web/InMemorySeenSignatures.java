package careercoach.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The signatures this process has seen, in memory: for a database only this process writes (embedded H2), where
 * no other instance takes requests. What it does not keep is a restart: the signatures of the minutes before one
 * are forgotten.
 * <p>
 * Why not the table: a write for every request, and H2 forces every commit to disk. With it, the cheapest
 * command's throughput at saturation fell from 11,700 to 3,200 requests a second even with commits shared; with
 * a set of objects (about 80 bytes a signature, all alive for six minutes) the young collections copying them cost
 * 40 % of it ({@code bench/side-by-side.sh --vs-jar}). So a signature is kept as its first 128 bits in arrays of
 * longs, one open-addressed table per minute of expiry, and a minute's table is dropped whole once no instance
 * accepts its signatures: at 300 requests a second seven tables of 1 MB, nothing for the collector to copy.
 */
public final class InMemorySeenSignatures implements SeenSignatures {
    private static final long MINUTE = Duration.ofMinutes(1).toSeconds();
    /** Kept a minute past their expiry, as the shared table keeps them (it allows for other instances' clocks). */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final Clock clock;
    /** Tables by the minute (epoch seconds / 60) their signatures expire in. */
    private final Map<Long, Table> byExpiryMinute = new TreeMap<>();

    public InMemorySeenSignatures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstTime(String signature, Instant expiresAt) {
        long high;
        long low;
        try {
            if (signature.length() < 32) {
                throw new IllegalArgumentException("short");
            }
            // An HMAC in hex: its first 128 bits are as good as random.
            high = HexFormat.fromHexDigitsToLong(signature, 0, 16);
            low = HexFormat.fromHexDigitsToLong(signature, 16, 32);
        } catch (IllegalArgumentException notHex) {
            UUID hash = UUID.nameUUIDFromBytes(signature.getBytes(StandardCharsets.UTF_8));
            high = hash.getMostSignificantBits();
            low = hash.getLeastSignificantBits();
        }
        if (high == 0 && low == 0) {
            low = 1;
        }
        long minute = Math.floorDiv(expiresAt.getEpochSecond(), MINUTE);
        synchronized (byExpiryMinute) {
            forgetExpired();
            for (Table table : byExpiryMinute.values()) {
                if (table.contains(high, low)) {
                    return false;
                }
            }
            byExpiryMinute.computeIfAbsent(minute, m -> new Table()).add(high, low);
            return true;
        }
    }

    /** Drops the tables whose every signature expired (a minute's margin for other instances' clocks). */
    private void forgetExpired() {
        long lastForgotten = Math.floorDiv(clock.instant().minus(CLOCK_MARGIN).getEpochSecond(),
                MINUTE) - 1;
        for (Iterator<Long> minutes = byExpiryMinute.keySet().iterator(); minutes.hasNext(); ) {
            if (minutes.next() > lastForgotten) {
                return;
            }
            minutes.remove();
        }
    }

    /**
     * A set of 128-bit values: open addressing with linear probing, at most half full; (0, 0) marks a free slot
     * (the value (0, 0) is kept as (0, 1)).
     */
    private static final class Table {
        private long[] slots = new long[2 * 1024];
        private int size;

        boolean contains(long high, long low) {
            long[] s = slots;
            int mask = s.length / 2 - 1;
            for (int i = index(high, low, mask); ; i = (i + 1) & mask) {
                long h = s[2 * i];
                long l = s[2 * i + 1];
                if (h == 0 && l == 0) {
                    return false;
                }
                if (h == high && l == low) {
                    return true;
                }
            }
        }

        void add(long high, long low) {
            if (2 * (size + 1) > slots.length / 2) {
                grow();
            }
            put(slots, high, low);
            size++;
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (int i = 0; i < slots.length; i += 2) {
                if (slots[i] != 0 || slots[i + 1] != 0) {
                    put(bigger, slots[i], slots[i + 1]);
                }
            }
            slots = bigger;
        }

        private static void put(long[] s, long high, long low) {
            int mask = s.length / 2 - 1;
            int i = index(high, low, mask);
            while (s[2 * i] != 0 || s[2 * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            s[2 * i] = high;
            s[2 * i + 1] = low;
        }

        private static int index(long high, long low, int mask) {
            return (int) (high ^ (low >>> 7)) & mask;
        }
    }
}
