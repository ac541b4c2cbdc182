package careercoach.coach;

import careercoach.coach.ConversationEvent.Answer;
import careercoach.coach.ConversationEvent.Back;
import careercoach.coach.ConversationEvent.Resume;
import careercoach.coach.ConversationEvent.Skip;
import careercoach.coach.ConversationEvent.Stop;
import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationEngineTest {
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);

    private static Conversation check() {
        return ConversationEngine.start("c1", "T1", "U1", FixtureGuide.GUIDE, ConversationKind.SKILL_CHECK, T0);
    }

    private static Conversation accepted(Transition transition) {
        return assertInstanceOf(Transition.Accepted.class, transition).conversation();
    }

    @Test
    void start_skillCheck_asksEachOftenMissingSkillInGuideOrder() {
        Conversation c = check();

        assertEquals(List.of("skill-gaps/observability", "skill-gaps/consistency", "skill-gaps/influence"), c.questions());
        assertEquals(Conversation.Status.ACTIVE, c.status());
        assertEquals(0, c.step());
        assertEquals(0, c.version());
        assertEquals(1, c.position());
        assertEquals(3, c.total());
    }

    @Test
    void start_longSkillCheck_addsTheTopSkills() {
        Conversation c = ConversationEngine.start("c1", "T1", "U1", FixtureGuide.GUIDE, ConversationKind.LONG_SKILL_CHECK, T0);

        assertEquals(5, c.total());
        assertEquals("top-skills/coding", c.questions().get(4));
    }

    @Test
    void start_stepsWalk_asksEachNextStep() {
        Conversation c = ConversationEngine.start("c1", "T1", "U1", FixtureGuide.GUIDE, ConversationKind.STEPS_WALK, T0);

        assertEquals(List.of("next-steps/case-study", "next-steps/run-on-call", "next-steps/portfolio"), c.questions());
    }

    @Test
    void start_shippedGuide_hasSixShortAndSixteenLongQuestions() throws Exception {
        Guide shipped = new GuideLoader().load(Path.of("index-data")).defaultGuide();

        assertEquals(6, ConversationEngine.start("c", "T", "U", shipped, ConversationKind.SKILL_CHECK, T0).total());
        assertEquals(16, ConversationEngine.start("c", "T", "U", shipped, ConversationKind.LONG_SKILL_CHECK, T0).total());
    }

    @Test
    void start_guideWithoutTheSection_refusesWithATypedError() {
        Guide empty = new Guide("empty", "Empty", "", List.of());

        assertThrows(ConversationEngine.NothingToAskException.class,
                () -> ConversationEngine.start("c", "T", "U", empty, ConversationKind.SKILL_CHECK, T0));
    }

    @Test
    void apply_answer_recordsRatingMovesOnAndBumpsVersion() {
        Conversation next = accepted(ConversationEngine.apply(check(), new Answer(0, 0, "PRACTISED"), T1));

        assertEquals(1, next.step());
        assertEquals(1, next.version());
        assertEquals(2, next.position());
        assertEquals(Map.of("skill-gaps/observability", Rating.PRACTISED), next.ratings());
        assertEquals(T1, next.updatedAt());
        assertEquals(T0, next.startedAt());
    }

    @Test
    void apply_answerToLastQuestion_finishes() {
        Conversation c = check();
        c = accepted(ConversationEngine.apply(c, new Answer(0, 0, "NEW_TO_IT"), T1));
        c = accepted(ConversationEngine.apply(c, new Skip(1, 1), T1));
        c = accepted(ConversationEngine.apply(c, new Answer(2, 2, "COULD_TEACH"), T1));

        assertEquals(Conversation.Status.FINISHED, c.status());
        assertFalse(c.isOpen());
        assertEquals(3, c.version());
        assertEquals(Conversation.SKIPPED, c.answer("skill-gaps/consistency").orElseThrow());
    }

    @Test
    void apply_skip_movesOnWithoutRating() {
        Conversation next = accepted(ConversationEngine.apply(check(), new Skip(0, 0), T1));

        assertEquals(1, next.step());
        assertEquals(Map.of(), next.ratings());
    }

    @Test
    void apply_back_returnsToPreviousQuestionKeepingItsAnswer() {
        Conversation c = accepted(ConversationEngine.apply(check(), new Answer(0, 0, "SOME_EXPOSURE"), T1));

        Conversation back = accepted(ConversationEngine.apply(c, new Back(1, 1), T1));

        assertEquals(0, back.step());
        assertEquals(2, back.version());
        assertEquals(Map.of("skill-gaps/observability", Rating.SOME_EXPOSURE), back.ratings());
        Conversation changed = accepted(ConversationEngine.apply(back, new Answer(0, 2, "PRACTISED"), T1));
        assertEquals(Map.of("skill-gaps/observability", Rating.PRACTISED), changed.ratings());
    }

    @Test
    void apply_backOnFirstQuestion_staysThere() {
        Conversation back = accepted(ConversationEngine.apply(check(), new Back(0, 0), T1));

        assertEquals(0, back.step());
    }

    @Test
    void apply_stop_pausesAtTheSameQuestion() {
        Conversation c = accepted(ConversationEngine.apply(check(), new Answer(0, 0, "NEW_TO_IT"), T1));

        Conversation paused = accepted(ConversationEngine.apply(c, new Stop(1, 1), T1));

        assertEquals(Conversation.Status.PAUSED, paused.status());
        assertEquals(1, paused.step());
        assertTrue(paused.isOpen());
    }

    @Test
    void apply_answerWhilePaused_isStale() {
        Conversation paused = accepted(ConversationEngine.apply(check(), new Stop(0, 0), T1));

        Transition t = ConversationEngine.apply(paused, new Answer(0, 1, "NEW_TO_IT"), T1);

        assertSame(paused, assertInstanceOf(Transition.Stale.class, t).current());
    }

    @Test
    void apply_resumePaused_activatesAtTheSameQuestion() {
        Conversation paused = accepted(ConversationEngine.apply(check(), new Stop(0, 0), T1));

        Conversation resumed = accepted(ConversationEngine.apply(paused, new Resume(0, 1), T1));

        assertEquals(Conversation.Status.ACTIVE, resumed.status());
        assertEquals(0, resumed.step());
        assertEquals(2, resumed.version());
    }

    @Test
    void apply_resumeActive_renewsIt() {
        Conversation resumed = accepted(ConversationEngine.apply(check(), new Resume(0, 0), T1));

        assertEquals(Conversation.Status.ACTIVE, resumed.status());
        assertEquals(T1, resumed.updatedAt());
    }

    @Test
    void apply_sameClickTwice_secondIsStaleAndChangesNothing() {
        Conversation once = accepted(ConversationEngine.apply(check(), new Answer(0, 0, "NEW_TO_IT"), T1));

        Transition twice = ConversationEngine.apply(once, new Answer(0, 0, "NEW_TO_IT"), T1);

        assertSame(once, assertInstanceOf(Transition.Stale.class, twice).current());
    }

    @Test
    void apply_rightStepWrongVersion_isStale() {
        Conversation c = accepted(ConversationEngine.apply(check(), new Answer(0, 0, "NEW_TO_IT"), T1));
        c = accepted(ConversationEngine.apply(c, new Back(1, 1), T1));

        // A click on the first rendering of question 1 (version 0) after going back to it (version 2).
        assertInstanceOf(Transition.Stale.class, ConversationEngine.apply(c, new Answer(0, 0, "PRACTISED"), T1));
    }

    @Test
    void apply_anyClickOnFinished_isStale() {
        Conversation c = check();
        for (int step = 0; step < 3; step++) {
            c = accepted(ConversationEngine.apply(c, new Skip(step, step), T1));
        }

        assertInstanceOf(Transition.Stale.class, ConversationEngine.apply(c, new Back(3, 3), T1));
        assertInstanceOf(Transition.Stale.class, ConversationEngine.apply(c, new Resume(3, 3), T1));
    }

    @Test
    void apply_ratingInAWalkOrStatusInACheck_isRefusedAsStale() {
        Conversation walk = ConversationEngine.start("w", "T", "U", FixtureGuide.GUIDE, ConversationKind.STEPS_WALK, T0);

        assertInstanceOf(Transition.Stale.class, ConversationEngine.apply(walk, new Answer(0, 0, "PRACTISED"), T1));
        assertInstanceOf(Transition.Stale.class, ConversationEngine.apply(check(), new Answer(0, 0, "DONE"), T1));
        assertInstanceOf(Transition.Accepted.class, ConversationEngine.apply(walk, new Answer(0, 0, "DONE"), T1));
    }

    @Test
    void isExpired_afterTheExpiryUntouched_onlyWhileOpen() {
        Duration expiry = Duration.ofDays(14);
        Conversation c = check();

        assertFalse(c.isExpired(T0.plus(Duration.ofDays(13)), expiry));
        assertTrue(c.isExpired(T0.plus(expiry), expiry));
        Conversation finished = check();
        for (int step = 0; step < 3; step++) {
            finished = accepted(ConversationEngine.apply(finished, new Skip(step, step), T0));
        }
        assertFalse(finished.isExpired(T0.plus(Duration.ofDays(100)), expiry));
    }
}
