package careercoach.store;

import careercoach.MutableClock;
import careercoach.privacy.ForgetMe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreRepositoriesTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");

    @DatabaseTest
    void choose_thenChooseAgain_keepsTheLatestChoicePerUser(TestDatabase db) {
        var choices = new JdbcGuideChoices(db.database(), clock);

        assertEquals(Optional.empty(), choices.chosenGuide("T1", "U1"));
        choices.choose("T1", "U1", "backend-lead");
        choices.choose("T1", "U1", "sre-lead");
        choices.choose("T1", "U2", "backend-lead");

        assertEquals(Optional.of("sre-lead"), choices.chosenGuide("T1", "U1"));
        assertEquals(Optional.of("backend-lead"), choices.chosenGuide("T1", "U2"));
        assertEquals(Optional.empty(), choices.chosenGuide("T2", "U1"));
    }

    @DatabaseTest
    void chosenGuide_afterRestart_isStillThere(TestDatabase db) {
        new JdbcGuideChoices(db.database(), clock).choose("T1", "U1", "sre-lead");

        var afterRestart = new JdbcGuideChoices(db.openAnother(), clock);

        assertEquals(Optional.of("sre-lead"), afterRestart.chosenGuide("T1", "U1"));
    }

    @DatabaseTest
    void record_revote_replacesTheFirstVote(TestDatabase db) {
        var feedback = new JdbcAnswerFeedback(db.database(), clock);

        feedback.record("T1", "U1", "a1", "g", "skill-gaps", true);
        feedback.record("T1", "U1", "a1", "g", "skill-gaps", true);
        feedback.record("T1", "U1", "a1", "g", "skill-gaps", false);
        feedback.record("T1", "U2", "a1", "g", "skill-gaps", true);
        feedback.record("T1", "U2", "a2", "g", "top-skills", true);

        assertEquals(List.of(
                        new JdbcAnswerFeedback.SectionTally("g", "skill-gaps", 1, 1),
                        new JdbcAnswerFeedback.SectionTally("g", "top-skills", 1, 0)),
                feedback.tally());
    }

    @DatabaseTest
    void claim_sameIdTwice_isFirstOnlyOnce(TestDatabase db) {
        var events = new JdbcProcessedEvents(db.database(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);

        assertTrue(events.claim("Ev1"));
        assertFalse(events.claim("Ev1"));
        assertTrue(events.claim("Ev2"));
    }

    @DatabaseTest
    void claim_seenByAnotherInstance_isNotFirst(TestDatabase db) {
        var one = new JdbcProcessedEvents(db.database(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);
        var other = new JdbcProcessedEvents(db.openAnother(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);

        assertTrue(one.claim("Ev1"));
        assertFalse(other.claim("Ev1"));
    }

    @DatabaseTest
    void claim_afterAFailedAttemptWasReleased_isClaimedAgain_andAfterDoneNever(TestDatabase db) {
        var events = new JdbcProcessedEvents(db.database(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);

        assertTrue(events.claim("Ev1"));
        events.release("Ev1");
        assertTrue(events.claim("Ev1"), "the retry of a failed attempt is handled");
        events.done("Ev1");
        events.release("Ev1");
        clock.advance(JdbcProcessedEvents.ABANDONED_AFTER.multipliedBy(2));
        assertFalse(events.claim("Ev1"), "a handled delivery stays handled");
    }

    @DatabaseTest
    void claim_leftProcessingByAProcessThatDied_isTakenOverOnceAbandoned(TestDatabase db) {
        var died = new JdbcProcessedEvents(db.database(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);
        var restarted = new JdbcProcessedEvents(db.openAnother(), clock, JdbcProcessedEvents.DEFAULT_RETENTION);
        assertTrue(died.claim("Ev1"));

        assertFalse(restarted.claim("Ev1"), "still being handled");
        clock.advance(JdbcProcessedEvents.ABANDONED_AFTER.plusSeconds(1));
        assertTrue(restarted.claim("Ev1"));
        assertFalse(died.claim("Ev1"), "taken over once only");
    }

    @DatabaseTest
    void prune_removesOnlyIdsOlderThanTheRetention(TestDatabase db) {
        var events = new JdbcProcessedEvents(db.database(), clock, Duration.ofHours(2));
        events.claim("old");
        events.done("old");
        clock.advance(Duration.ofHours(1));
        events.claim("recent");
        events.done("recent");
        clock.advance(Duration.ofMinutes(90));

        assertEquals(1, events.prune());
        assertTrue(events.claim("old"));
        assertFalse(events.claim("recent"));
    }

    @DatabaseTest
    void forget_deletesOnlyThatUsersRowsAndCountsThem(TestDatabase db) {
        var choices = new JdbcGuideChoices(db.database(), clock);
        var feedback = new JdbcAnswerFeedback(db.database(), clock);
        choices.choose("T1", "U1", "g");
        choices.choose("T1", "U2", "g");
        feedback.record("T1", "U1", "a1", "g", "s", true);
        feedback.record("T1", "U1", "a2", "g", "s", false);
        feedback.record("T1", "U2", "a1", "g", "s", true);

        Map<String, Integer> deleted = new ForgetMe(List.of(choices, feedback)).forget("T1", "U1");

        assertEquals(Map.of("role choice", 1, "answer votes", 2), deleted);
        assertEquals(Optional.empty(), choices.chosenGuide("T1", "U1"));
        assertEquals(Optional.of("g"), choices.chosenGuide("T1", "U2"));
        assertEquals(List.of(new JdbcAnswerFeedback.SectionTally("g", "s", 1, 0)), feedback.tally());
        assertEquals(Map.of(), new ForgetMe(List.of(choices, feedback)).forget("T1", "U1"));
    }
}
