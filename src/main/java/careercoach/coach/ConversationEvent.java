package careercoach.coach;

/**
 * A click on a conversation's message. Each carries the step and version the message was rendered for, so a
 * click on an old message, a double-click or a redelivery is recognised as stale.
 */
public sealed interface ConversationEvent {

    int step();

    long version();

    /** A rating or step status, by its enum name. */
    record Answer(int step, long version, String choice) implements ConversationEvent {
    }

    record Skip(int step, long version) implements ConversationEvent {
    }

    record Back(int step, long version) implements ConversationEvent {
    }

    record Stop(int step, long version) implements ConversationEvent {
    }

    /** Continue a paused or left conversation where it was. */
    record Resume(int step, long version) implements ConversationEvent {
    }
}
