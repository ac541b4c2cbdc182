package careercoach.slack;

/**
 * What a person is told when something they asked to share in a channel could not be posted there: the same words
 * whatever they shared (a guide section, a comparison of roles), so they learn one way to fix it.
 */
public final class ShareRefusals {
    /** Slack refused because Career Coach is not in the channel (or cannot see it: a private channel, a DM). */
    public static final String NOT_IN_CHANNEL = "I can't post in this channel. Invite me first (type `/invite @` and"
            + " my name), then press *Share in channel* again. In a private channel or a DM with someone else, I can"
            + " only answer you privately.";

    private ShareRefusals() {
    }

    /** The sentence for a share Slack refused with {@code e}. */
    public static String of(SlackDeliveryException e) {
        return e.isChannelAccess() ? NOT_IN_CHANNEL
                : "Sharing failed (Slack said `" + Mrkdwn.escape(e.error()) + "`). Please try again later.";
    }
}
