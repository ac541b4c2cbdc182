package careercoach.coach;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole state of one guided conversation; a value, replaced by each accepted event.
 *
 * @param questions item references ({@code section-id/item-id}) asked in order, fixed when the conversation starts
 *                  so that a guide edit cannot shift the questions under a running conversation
 * @param answers   by question reference: a {@link Rating} or {@link StepStatus} name, or {@link #SKIPPED}
 * @param step      index of the question being asked (equal to the number of questions once finished)
 * @param version   incremented by every accepted event; buttons carry it, so an old click is recognised
 * @param targetGuideId for a skill check toward another role ({@code /career check <role>}), that role's guide
 *                  (the same as {@code guideId}); "" for a check of the person's own role
 * @param premarked for a check toward another role, the ratings it started with, taken from the person's own
 *                  role's check (by question reference), so an answer given since is told apart from them
 * @param guideTitle the title of the guide {@code guideId} when the conversation started, so a role whose guide is
 *                  removed since is still named as it was shown; "" for conversations stored before it was kept
 */
public record Conversation(String id, String teamId, String userId, ConversationKind kind, String guideId,
                           List<String> questions, Map<String, String> answers, Status status, int step,
                           long version, Instant startedAt, Instant updatedAt, String targetGuideId,
                           Map<String, String> premarked, String guideTitle) {

    public static final String SKIPPED = "SKIPPED";

    public enum Status {
        /** Waiting for an answer to the question at {@code step}. */
        ACTIVE,
        /** The person pressed Stop; it can be resumed. */
        PAUSED,
        /** Every question was answered or skipped. */
        FINISHED
    }

    public Conversation {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
        targetGuideId = targetGuideId == null ? "" : targetGuideId;
        premarked = premarked == null ? Map.of() : Map.copyOf(premarked);
        guideTitle = guideTitle == null ? "" : guideTitle;
    }

    /** A conversation whose guide's title is not known. */
    public Conversation(String id, String teamId, String userId, ConversationKind kind, String guideId,
                        List<String> questions, Map<String, String> answers, Status status, int step,
                        long version, Instant startedAt, Instant updatedAt, String targetGuideId,
                        Map<String, String> premarked) {
        this(id, teamId, userId, kind, guideId, questions, answers, status, step, version, startedAt, updatedAt,
                targetGuideId, premarked, "");
    }

    /** A conversation that started with no pre-marked ratings. */
    public Conversation(String id, String teamId, String userId, ConversationKind kind, String guideId,
                        List<String> questions, Map<String, String> answers, Status status, int step,
                        long version, Instant startedAt, Instant updatedAt, String targetGuideId) {
        this(id, teamId, userId, kind, guideId, questions, answers, status, step, version, startedAt, updatedAt,
                targetGuideId, Map.of());
    }

    /** A conversation about the person's own role. */
    public Conversation(String id, String teamId, String userId, ConversationKind kind, String guideId,
                        List<String> questions, Map<String, String> answers, Status status, int step,
                        long version, Instant startedAt, Instant updatedAt) {
        this(id, teamId, userId, kind, guideId, questions, answers, status, step, version, startedAt, updatedAt, "");
    }

    /** True for a skill check toward another role than the person's own. */
    public boolean isTowardRole() {
        return !targetGuideId.isEmpty();
    }

    public boolean isOpen() {
        return status != Status.FINISHED;
    }

    /** An open conversation untouched for longer than {@code expiry} is not offered back any more. */
    public boolean isExpired(Instant now, Duration expiry) {
        return isOpen() && !updatedAt.plus(expiry).isAfter(now);
    }

    /** 1-based number of the current question, for "3 of 6". */
    public int position() {
        return Math.min(step + 1, questions.size());
    }

    public int total() {
        return questions.size();
    }

    /** The question being asked, empty once finished. */
    public Optional<String> currentQuestion() {
        return step < questions.size() ? Optional.of(questions.get(step)) : Optional.empty();
    }

    /**
     * The rating a question of a check toward another role was pre-marked with and still has (the person kept it, or
     * has not reached it yet); empty when it had none, or the person answered otherwise since.
     */
    public Optional<String> premarkKept(String questionRef) {
        return Optional.ofNullable(premarked.get(questionRef)).filter(p -> p.equals(answers.get(questionRef)));
    }

    /** The answer given to a question, if any (including {@link #SKIPPED}). */
    public Optional<String> answer(String questionRef) {
        return Optional.ofNullable(answers.get(questionRef));
    }

    /** Ratings given, in question order (skipped questions left out); for skill checks only. */
    public Map<String, Rating> ratings() {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        if (kind.isSkillCheck()) {
            for (String question : questions) {
                String answer = answers.get(question);
                if (answer != null && !SKIPPED.equals(answer)) {
                    ratings.put(question, Rating.valueOf(answer));
                }
            }
        }
        return ratings;
    }

    /** The same click's state moved to another step: the version and the time of the change are kept. */
    Conversation movedTo(Map<String, String> newAnswers, Status newStatus, int newStep) {
        return new Conversation(id, teamId, userId, kind, guideId, questions, newAnswers, newStatus, newStep,
                version, startedAt, updatedAt, targetGuideId, premarked, guideTitle);
    }

    Conversation next(Map<String, String> newAnswers, Status newStatus, int newStep, Instant now) {
        return new Conversation(id, teamId, userId, kind, guideId, questions, newAnswers, newStatus, newStep,
                version + 1, startedAt, now, targetGuideId, premarked, guideTitle);
    }
}
