package careercoach.assistant;

import java.util.Optional;

/**
 * A thread of the assistant view: started by {@code userId} (data kept under {@code teamId}) in the app's channel
 * {@code channelId} at {@code threadTs}; {@code viewedChannel} is the channel the person had open beside it, if any;
 * {@code titled} once the thread has its title (from its first question).
 */
public record AssistantThread(String teamId, String userId, String channelId, String threadTs,
                              Optional<String> viewedChannel, boolean titled) {
}
