package careercoach.store;

import careercoach.content.AskedQuestion;
import careercoach.content.Outcome;
import careercoach.content.UnhelpfulVote;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JdbcQuestionLogTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @DatabaseTest
    void record_sameAnswerTwice_keepsOneRow(TestDatabase db) {
        var log = new JdbcQuestionLog(db.database());
        AskedQuestion asked = new AskedQuestion("Ev1", "g", Optional.empty(), Outcome.UNANSWERED,
                Optional.of("pizza?"), NOW);

        log.record(asked);
        log.record(asked);

        assertEquals(List.of(asked), log.askedSince(NOW.minusSeconds(1)));
    }

    @DatabaseTest
    void record_keepsTheWorkspaceAskedIn_andAVoteCarriesItsQuestionsWorkspace(TestDatabase db) {
        var log = new JdbcQuestionLog(db.database());
        var votes = new JdbcAnswerFeedback(db.database(), careercoach.MutableClock.at("2026-11-28T10:00:00Z"));
        AskedQuestion inOne = new AskedQuestion("a1", "g", Optional.of("overview"), Outcome.ANSWERED,
                Optional.of("what does a lead do?"), NOW, Optional.of("T0ONE"));
        AskedQuestion inTwo = new AskedQuestion("a2", "g", Optional.empty(), Outcome.UNANSWERED,
                Optional.of("pizza?"), NOW.plusSeconds(1), Optional.of("E0ORG"));
        AskedQuestion before = new AskedQuestion("a3", "g", Optional.empty(), Outcome.UNANSWERED,
                Optional.of("kept before workspaces were"), NOW.plusSeconds(2));
        List.of(inOne, inTwo, before).forEach(log::record);
        votes.record("T0ONE", "U1", "a1", "g", "overview", false);

        assertEquals(List.of(inOne, inTwo, before), log.askedSince(NOW.minusSeconds(1)));
        assertEquals(List.of(Optional.of("T0ONE"), Optional.of("E0ORG"), Optional.empty()),
                log.askedSince(NOW.minusSeconds(1)).stream().map(AskedQuestion::teamKey).toList());
        assertEquals(List.of(new UnhelpfulVote("a1", "g", "overview", NOW, Optional.of("what does a lead do?"),
                Optional.of("T0ONE"))), log.unhelpfulSince(NOW.minusSeconds(1)));
    }

    @DatabaseTest
    void unhelpfulSince_joinsTheQuestionWhenItsTextWasKept(TestDatabase db) {
        var log = new JdbcQuestionLog(db.database());
        var clock = careercoach.MutableClock.at("2026-11-28T10:00:00Z");
        var votes = new JdbcAnswerFeedback(db.database(), clock);
        log.record(new AskedQuestion("a1", "g", Optional.of("top-skills"), Outcome.ANSWERED,
                Optional.of("what skills?"), NOW));
        log.record(new AskedQuestion("a2", "g", Optional.of("overview"), Outcome.ANSWERED, Optional.empty(), NOW));
        votes.record("T1", "U1", "a1", "g", "top-skills", false);
        votes.record("T1", "U2", "a2", "g", "overview", false);
        votes.record("T1", "U3", "a2", "g", "overview", true);

        assertEquals(List.of(
                        new UnhelpfulVote("a1", "g", "top-skills", NOW, Optional.of("what skills?")),
                        new UnhelpfulVote("a2", "g", "overview", NOW, Optional.empty())),
                log.unhelpfulSince(NOW.minusSeconds(1)).stream()
                        .sorted(Comparator.comparing(UnhelpfulVote::answerId)).toList());
    }

    @DatabaseTest
    void purgeBefore_deletesOldQuestionsAndVotesOnly(TestDatabase db) {
        var log = new JdbcQuestionLog(db.database());
        var clock = careercoach.MutableClock.at("2026-08-01T10:00:00Z");
        var votes = new JdbcAnswerFeedback(db.database(), clock);
        Instant old = Instant.parse("2026-08-01T10:00:00Z");
        log.record(new AskedQuestion("old", "g", Optional.empty(), Outcome.UNANSWERED, Optional.empty(), old));
        votes.record("T1", "U1", "old", "g", "overview", false);
        log.record(new AskedQuestion("new", "g", Optional.empty(), Outcome.UNANSWERED, Optional.empty(), NOW));

        int purged = log.purgeBefore(NOW.minus(Duration.ofDays(90)));

        assertEquals(2, purged);
        assertEquals(List.of("new"), log.askedSince(Instant.EPOCH).stream().map(AskedQuestion::answerId).toList());
        assertEquals(List.of(), log.unhelpfulSince(Instant.EPOCH));
    }

    @DatabaseTest
    void forgetMe_removesTheVoterButKeepsTheAnonymousQuestion(TestDatabase db) {
        careercoach.Stores stores = careercoach.Stores.database(db.database(), careercoach.MutableClock.at("2026-11-28T10:00:00Z"));
        stores.questionLog().record(new AskedQuestion("a1", "g", Optional.of("overview"), Outcome.ANSWERED,
                Optional.empty(), NOW));
        stores.answerFeedback().record("T1", "U1", "a1", "g", "overview", false);

        Map<String, Integer> forgotten = stores.forgetMe().forget("T1", "U1");

        assertEquals(1, forgotten.get("answer votes"));
        assertEquals(List.of(), stores.questionLog().unhelpfulSince(Instant.EPOCH));
        assertEquals(1, stores.questionLog().askedSince(Instant.EPOCH).size());
    }

}
