package careercoach.coach;

import java.util.List;
import java.util.Optional;

/** Where conversations live between clicks; shared by every instance of the app. */
public interface ConversationStore {

    void insert(Conversation conversation);

    Optional<Conversation> find(String conversationId);

    /** The user's open (active or paused) conversations, most recently touched first. */
    List<Conversation> open(String teamId, String userId);

    /**
     * Stores {@code updated} only if the stored conversation still has {@code expectedVersion}: of two instances
     * applying a click to the same state, exactly one succeeds.
     */
    boolean replace(Conversation updated, long expectedVersion);

    /** Deletes one conversation (e.g. a left one the user chose not to resume). */
    void delete(String conversationId);

    /** Finished skill checks (short or long), newest first, at most {@code limit}. */
    List<Conversation> finishedChecks(String teamId, String userId, int limit);
}
