package careercoach.assistant;

import java.util.Optional;

/** The assistant threads started, shared by every instance of the app. */
public interface AssistantThreads {

    /**
     * Records a started thread; true only for the call that recorded it. A thread already known (its first message
     * arrived before its start, or a redelivery) keeps what it had.
     */
    boolean started(AssistantThread thread);

    Optional<AssistantThread> find(String channelId, String threadTs);

    /** Records the channel the person now views beside the thread. */
    void viewing(String channelId, String threadTs, Optional<String> viewedChannel);

    /** Marks the thread titled; true only for the call that titled it (so it is titled once). */
    boolean title(String channelId, String threadTs);
}
