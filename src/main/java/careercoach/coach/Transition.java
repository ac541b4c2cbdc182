package careercoach.coach;

/** What became of an event: the new state, or why nothing changed. */
public sealed interface Transition {

    /** The event was applied; {@code conversation} is the new state (already stored when it comes from Coach). */
    record Accepted(Conversation conversation) implements Transition {
    }

    /** The click was for another step or version than the current one: nothing changed. */
    record Stale(Conversation current) implements Transition {
    }

    /** The conversation was left untouched too long; the person should start again. */
    record Expired(Conversation current) implements Transition {
    }

    /**
     * The guide the conversation asks from is no longer served (removed from index-data, or renamed), or no longer
     * has any of its questions (their section removed or renamed): they cannot be shown, so the conversation was
     * ended and deleted; {@code stopped} is what it was.
     */
    record GuideRemoved(Conversation stopped) implements Transition {
    }

    /** No such conversation (finished long ago and forgotten, or deleted by forget-me). */
    record Gone(String conversationId) implements Transition {
    }

    /** Someone other than the conversation's owner clicked one of its buttons: nothing changed. */
    record NotOwner(String conversationId) implements Transition {
    }
}
