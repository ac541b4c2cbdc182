package careercoach.slack.coach;

import careercoach.privacy.PersonalCache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each person's DM channel with the bot, as Slack named it when the bot opened the DM or the person wrote there, in
 * this instance's memory: so an ack can tell, without a Web API call, whether a command was typed in that DM.
 * Forget-me drops the person's.
 */
final class DmChannels implements PersonalCache {
    /** What Slack sends as {@code channel_name} for a command typed in a DM (with the bot or with anyone else). */
    static final String DIRECT_MESSAGE = "directmessage";

    /** Where a command was typed, as far as this instance knows, without asking Slack. */
    enum Where {
        /** In the person's DM with the bot: what the bot posts there comes right below. */
        OUR_DM,
        /** Somewhere else: a channel, a group DM, or a DM with someone else. */
        ELSEWHERE,
        /** In a DM not known to be the bot's: the bot has not opened or seen the person's DM yet. */
        SOME_DM
    }

    private final Map<String, String> channels = new ConcurrentHashMap<>();

    void remember(String teamId, String userId, String channelId) {
        if (channelId != null && !channelId.isEmpty()) {
            channels.put(key(teamId, userId), channelId);
        }
    }

    Where where(String teamId, String userId, String channelId, String channelName) {
        if (!DIRECT_MESSAGE.equals(channelName)) {
            return Where.ELSEWHERE;
        }
        String ours = channels.get(key(teamId, userId));
        if (ours == null) {
            return Where.SOME_DM;
        }
        return ours.equals(channelId) ? Where.OUR_DM : Where.ELSEWHERE;
    }

    @Override
    public void forgetCached(String teamId, String userId) {
        channels.remove(key(teamId, userId));
    }

    private static String key(String teamId, String userId) {
        return teamId + "/" + userId;
    }
}
