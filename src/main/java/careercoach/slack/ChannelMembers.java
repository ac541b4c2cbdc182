package careercoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is in a channel, as {@code conversations.members} lists them, and what someone sharing a checklist there for a
 * person outside it is told: the same words from the share form and the Workflow Builder step.
 */
public final class ChannelMembers {
    /** Pages of 1,000: channels larger than this are not looked through further. */
    private static final int MAX_PAGES = 20;

    private ChannelMembers() {
    }

    /**
     * Everyone in the channel, the bot included, page by page (the Web API waits out rate limits); throws when
     * Slack will not tell ({@link SlackDeliveryException#isChannelAccess} for a channel the bot cannot see).
     */
    public static Set<String> of(WebApi webApi, MethodsClient client, String channel) throws SlackDeliveryException {
        return of(webApi, client, channel, Optional.empty());
    }

    /**
     * As {@link #of(WebApi, MethodsClient, String)}, but no call (first or retry) starts after {@code deadline}: an
     * answer that must be given within Slack's 3 seconds gives up instead, with {@link #TOO_SLOW}.
     */
    public static Set<String> of(WebApi webApi, MethodsClient client, String channel, Instant deadline)
            throws SlackDeliveryException {
        return of(webApi, client, channel, Optional.of(deadline));
    }

    /** The error of a listing given up at its deadline. */
    public static final String TOO_SLOW = "too_slow_to_list_members";

    private static Set<String> of(WebApi webApi, MethodsClient client, String channel, Optional<Instant> deadline)
            throws SlackDeliveryException {
        Set<String> members = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = cursor;
            WebApi.Call<ConversationsMembersResponse> list = () -> client
                    .conversationsMembers(r -> r.channel(channel).limit(1000).cursor(from));
            if (deadline.isPresent() && !Instant.now().isBefore(deadline.get())) {
                throw new SlackDeliveryException("conversations.members", TOO_SLOW, null);
            }
            ConversationsMembersResponse response = deadline.isPresent()
                    ? webApi.callBefore("conversations.members", deadline.get(), list)
                    : webApi.call("conversations.members", list);
            if (response.getMembers() != null) {
                members.addAll(response.getMembers());
            }
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return members;
    }

    /** Why a checklist for {@code person} is not shared in {@code channel}, each as the reader's surface names it. */
    public static String personNotIn(String person, String channel) {
        return person + " is not in " + channel + ", so they could not see their checklist: add them to the channel,"
                + " or pick a channel they are in.";
    }
}
