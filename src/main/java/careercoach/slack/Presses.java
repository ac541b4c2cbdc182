package careercoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A button that posts something new (share in a channel, post a checklist again, send a plan) acts once per press,
 * however often it is clicked: a double click is two {@code block_actions}, each signed anew, so nothing before the
 * listener tells them apart. The press is claimed in the deliveries every instance shares
 * ({@link SlackSurface#deliveries()}) before it acts, marked done when it did, and given back when it could not, so
 * pressing again then tries again. With the store away the press acts (a rare repeat rather than no answer).
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
