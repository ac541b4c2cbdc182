package careercoach.coach;

import careercoach.guide.Guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Where a person stands on the guide's next steps after a walk: what is done and what remains. */
public record WalkResult(String conversationId, String guideId, List<String> done, List<Plan.Entry> remaining,
                         List<String> notRelevant) {

    public WalkResult {
        done = List.copyOf(done);
        remaining = List.copyOf(remaining);
        notRelevant = List.copyOf(notRelevant);
    }

    /**
     * Skipped steps count as remaining: the person has not said they are done or irrelevant. A step the guide no
     * longer has (removed while the walk was under way, even the one shown as it was answered) is left out: it is no
     * step of the role any more, to plan or to check off, and its words are gone with it.
     */
    public static WalkResult of(Conversation conversation, Guide guide) {
        if (conversation.kind() != ConversationKind.STEPS_WALK) {
            throw new IllegalArgumentException("not a steps walk: " + conversation.kind());
        }
        List<String> done = new ArrayList<>();
        List<Plan.Entry> remaining = new ArrayList<>();
        List<String> notRelevant = new ArrayList<>();
        for (String ref : conversation.questions()) {
            if (guide.item(ref).isEmpty()) {
                continue;
            }
            String label = guide.labelOf(ref);
            String answer = conversation.answer(ref).orElse(Conversation.SKIPPED);
            if (answer.equals(StepStatus.DONE.name())) {
                done.add(label);
            } else if (answer.equals(StepStatus.NOT_RELEVANT.name())) {
                notRelevant.add(label);
            } else {
                remaining.add(new Plan.Entry(ref, label));
            }
        }
        return new WalkResult(conversation.id(), conversation.guideId(), done, remaining, notRelevant);
    }

    public Plan plan(String teamId, String userId, Instant createdAt) {
        return new Plan(teamId, userId, guideId, Plan.Source.STEPS_WALK, createdAt, remaining);
    }
}
