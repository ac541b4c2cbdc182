package careercoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A button that posts something new (share in a channel, post a checklist again, send a plan) acts once per press,
 * however often it is clicked: a double click is two {@code block_actions}, each signed anew, so nothing before the
 * listener tells them apart. The press is claimed in the deliveries every instance shares
 * ({@link SlackSurface#deliveries()}) before it acts, marked done when it did, and given back when it could not, so
 * pressing again then tries again. With the store away the press acts (a rare repeat rather than no answer).
 * <p>
 * A button that only shows something (the whole section under an answer, a guide's overview from a path, a question
 * meant instead) is guarded for {@link #SHOW_AGAIN_AFTER} only ({@link #firstWithinWindow}): its double click, or
 * the same press delivered again, shows it once, yet pressed again later (its button stays in the App Home and in
 * the DM) it shows it again.
 */
public final class Presses {
    private static final Logger LOG = LoggerFactory.getLogger(Presses.class);

    private Presses() {
    }

    /**
     * The key of the presses of one button (its action and value) on one message, or in one App Home, by one person:
     * hashed, so the store keeps neither ids nor values.
     */
    public static String key(String teamKey, BlockActionPayload payload) {
        var container = payload.getContainer();
        String where = container == null ? "" : container.getChannelId() + "/" + container.getMessageTs() + "/"
                + container.getViewId();
        var action = payload.getActions() == null || payload.getActions().isEmpty() ? null
                : payload.getActions().get(0);
        String what = action == null ? "" : action.getActionId() + "/" + action.getBlockId() + "/" + action.getValue();
        String user = payload.getUser() == null ? "" : payload.getUser().getId();
        return "press:" + sha256(teamKey + "\n" + user + "\n" + where + "\n" + what);
    }

    /**
     * The time within which a second press of a button that only shows something is the same press: a double click
     * or a delivery repeated comes within a second or two; a person pressing again on purpose, later.
     */
    public static final Duration SHOW_AGAIN_AFTER = Duration.ofSeconds(10);

    /**
     * True for the first press of a button that only shows something, or one pressed again at least
     * {@link #SHOW_AGAIN_AFTER} later; false for a repeat within that window, which must show nothing. Timed by the
     * click's {@code action_ts} (the same for a delivery repeated), or now when the click has none. Each press claims
     * its window and the next one, so two presses a moment apart across a window's end still meet; it is marked done
     * at once, as showing nothing twice matters more than showing again after a failure within seconds.
     */
    public static boolean firstWithinWindow(SlackSurface surface, String teamKey, BlockActionPayload payload) {
        String key = key(teamKey, payload);
        long window = pressedAt(payload).toEpochMilli() / SHOW_AGAIN_AFTER.toMillis();
        String now = key + "/" + window;
        if (!first(surface, now)) {
            return false;
        }
        String next = key + "/" + (window + 1);
        try {
            surface.deliveries().claim(next);
            surface.deliveries().done(next);
        } catch (RuntimeException e) {
            LOG.warn("could not note a press: {}", e.toString());
        }
        settle(surface, now, true);
        return true;
    }

    private static Instant pressedAt(BlockActionPayload payload) {
        var action = payload.getActions() == null || payload.getActions().isEmpty() ? null
                : payload.getActions().get(0);
        String ts = action == null ? null : action.getActionTs();
        if (ts != null) {
            try {
                return Instant.ofEpochMilli(new java.math.BigDecimal(ts).movePointRight(3).longValue());
            } catch (RuntimeException e) {
                // Not Slack's "seconds.micros": timed by now.
            }
        }
        return Instant.now();
    }

    /** True for the first press (or a press given back); false for a repeat, which must do nothing. */
    public static boolean first(SlackSurface surface, String key) {
        try {
            if (surface.deliveries().claim(key)) {
                return true;
            }
            LOG.info("a button pressed again was acknowledged only");
            return false;
        } catch (RuntimeException e) {
            LOG.warn("could not check a press for a repeat, acting on it: {}", e.toString());
            return true;
        }
    }

    /** The press acted ({@code done}), or is given back so that pressing again tries again. */
    public static void settle(SlackSurface surface, String key, boolean done) {
        try {
            if (done) {
                surface.deliveries().done(key);
            } else {
                surface.deliveries().release(key);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not note a press: {}", e.toString());
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
