package careercoach.coach;

import careercoach.guide.Guide;
import careercoach.guide.Item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guided conversations as a state machine: current state + event in, new state or a typed refusal out.
 * No storage, no Slack, no clock of its own.
 */
public final class ConversationEngine {

    private ConversationEngine() {
    }

    /** True when the guide has items for the kind's sections; a guide may lack them (only an overview, say). */
    public static boolean hasQuestions(Guide guide, ConversationKind kind) {
        return !questions(guide, kind).isEmpty();
    }

    private static List<String> questions(Guide guide, ConversationKind kind) {
        List<String> questions = new ArrayList<>();
        for (String sectionKind : kind.sectionKinds(guide)) {
            guide.sectionOfKind(sectionKind).ifPresent(section -> section.allItems().stream()
                    .map(Item::id)
                    .forEach(itemId -> questions.add(section.id() + "/" + itemId)));
        }
        return questions;
    }

    /** A new conversation at its first question; the questions are the items of the kind's sections. */
    public static Conversation start(String id, String teamId, String userId, Guide guide, ConversationKind kind,
                                     Instant now) {
        List<String> questions = questions(guide, kind);
        if (questions.isEmpty()) {
            throw new NothingToAskException(guide.id(), kind);
        }
        return new Conversation(id, teamId, userId, kind, guide.id(), questions, Map.of(),
                Conversation.Status.ACTIVE, 0, 0, now, now, "", Map.of(), guide.title());
    }

    /**
     * A skill check toward another role: the questions are the target guide's, and {@code premarked} holds the
     * ratings already known from the person's own check for the same skills (by question reference); the person
     * still goes through every question and may change them.
     */
    public static Conversation startToward(String id, String teamId, String userId, Guide target,
                                           ConversationKind kind, Map<String, String> premarked, Instant now) {
        if (!kind.isSkillCheck()) {
            throw new IllegalArgumentException("only a skill check runs toward another role: " + kind);
        }
        List<String> questions = questions(target, kind);
        if (questions.isEmpty()) {
            throw new NothingToAskException(target.id(), kind);
        }
        Map<String, String> answers = new HashMap<>();
        premarked.forEach((ref, rating) -> {
            if (questions.contains(ref) && kind.accepts(rating)) {
                answers.put(ref, rating);
            }
        });
        return new Conversation(id, teamId, userId, kind, target.id(), questions, answers,
                Conversation.Status.ACTIVE, 0, 0, now, now, target.id(), answers, target.title());
    }

    /** Applies one click. Anything not aimed at the current step and version is stale and changes nothing. */
    public static Transition apply(Conversation state, ConversationEvent event, Instant now) {
        if (event.version() != state.version() || event.step() != state.step()) {
            return new Transition.Stale(state);
        }
        return switch (state.status()) {
            case FINISHED -> new Transition.Stale(state);
            case PAUSED -> event instanceof ConversationEvent.Resume
                    ? accepted(state.next(state.answers(), Conversation.Status.ACTIVE, state.step(), now))
                    : new Transition.Stale(state);
            case ACTIVE -> applyActive(state, event, now);
        };
    }

    /**
     * As {@link #apply(Conversation, ConversationEvent, Instant)}, then past the questions {@code guide} no longer has
     * (items removed from the guide while the conversation was under way): going on, each is counted as skipped, up
     * to the next question the guide has or to the end; going back, back to the previous one it has. A question the
     * guide lost is never shown, by its id or otherwise.
     */
    public static Transition apply(Conversation state, ConversationEvent event, Instant now, Guide guide) {
        Transition transition = apply(state, event, now);
        if (transition instanceof Transition.Accepted accepted) {
            return accepted(passOverLost(accepted.conversation(), guide, event instanceof ConversationEvent.Back));
        }
        return transition;
    }

    private static Conversation passOverLost(Conversation state, Guide guide, boolean back) {
        if (state.status() != Conversation.Status.ACTIVE) {
            return state;
        }
        List<String> questions = state.questions();
        int step = state.step();
        while (back && step > 0 && guide.item(questions.get(step)).isEmpty()) {
            step--;
        }
        Map<String, String> answers = new HashMap<>(state.answers());
        while (step < questions.size() && guide.item(questions.get(step)).isEmpty()) {
            answers.putIfAbsent(questions.get(step), Conversation.SKIPPED);
            step++;
        }
        if (step == state.step()) {
            return state;
        }
        return state.movedTo(answers, step == questions.size() ? Conversation.Status.FINISHED
                : Conversation.Status.ACTIVE, step);
    }

    private static Transition applyActive(Conversation state, ConversationEvent event, Instant now) {
        if (event instanceof ConversationEvent.Answer answer) {
            return state.kind().accepts(answer.choice())
                    ? accepted(answered(state, answer.choice(), now))
                    : new Transition.Stale(state);
        }
        if (event instanceof ConversationEvent.Skip) {
            return accepted(answered(state, Conversation.SKIPPED, now));
        }
        if (event instanceof ConversationEvent.Back) {
            return accepted(state.next(state.answers(), Conversation.Status.ACTIVE, Math.max(0, state.step() - 1), now));
        }
        if (event instanceof ConversationEvent.Stop) {
            return accepted(state.next(state.answers(), Conversation.Status.PAUSED, state.step(), now));
        }
        // Resume: a conversation that was left open (never stopped) is simply renewed.
        return accepted(state.next(state.answers(), Conversation.Status.ACTIVE, state.step(), now));
    }

    private static Conversation answered(Conversation state, String answer, Instant now) {
        Map<String, String> answers = new HashMap<>(state.answers());
        answers.put(state.questions().get(state.step()), answer);
        int nextStep = state.step() + 1;
        Conversation.Status status = nextStep == state.total() ? Conversation.Status.FINISHED
                : Conversation.Status.ACTIVE;
        return state.next(answers, status, nextStep, now);
    }

    private static Transition accepted(Conversation next) {
        return new Transition.Accepted(next);
    }

    /** The guide has no items for this conversation (e.g. a guide without a skill-gaps section). */
    public static final class NothingToAskException extends IllegalStateException {
        public NothingToAskException(String guideId, ConversationKind kind) {
            super("guide " + guideId + " has nothing to ask for " + kind);
        }
    }
}
