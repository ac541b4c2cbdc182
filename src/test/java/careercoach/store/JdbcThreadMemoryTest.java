package careercoach.store;

import careercoach.MutableClock;
import careercoach.search.LastQuestion;
import careercoach.search.ThreadMemory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JdbcThreadMemoryTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");
    private final ThreadMemory.Thread dm = new ThreadMemory.Thread("T1", "U1", "D1", null);

    private LastQuestion asked(String question, String section) {
        return new LastQuestion(question, "backend-engineering-lead-microservices", section, clock.instant());
    }

    @DatabaseTest
    void lastQuestion_isTheLatestOfItsThread_onEveryInstance(TestDatabase db) {
        var one = new JdbcThreadMemory(db.database(), clock);
        var two = new JdbcThreadMemory(db.openAnother(), clock);
        ThreadMemory.Thread mention = new ThreadMemory.Thread("T1", "U1", "C1", "1700000000.000100");

        one.remember(dm, asked("backend lead salary", "salary-and-demand"));
        two.remember(dm, asked("and the skills?", "top-skills"));
        one.remember(mention, asked("who hires backend leads", "companies-hiring"));

        assertEquals(Optional.of(asked("and the skills?", "top-skills")), one.last(dm));
        assertEquals("companies-hiring", two.last(mention).orElseThrow().sectionId());
        assertEquals(Optional.empty(), one.last(new ThreadMemory.Thread("T1", "U2", "D1", null)), "another person");
        assertEquals(Optional.empty(), one.last(new ThreadMemory.Thread("T1", "U1", "C1", "1700000000.000200")),
                "another thread");
    }

    @DatabaseTest
    void lastQuestion_anHourOld_isForgottenAndPurged(TestDatabase db) {
        var memory = new JdbcThreadMemory(db.database(), clock);
        memory.remember(dm, asked("backend lead salary", "salary-and-demand"));

        clock.advance(ThreadMemory.KEPT.minusSeconds(1));
        assertEquals("salary-and-demand", memory.last(dm).orElseThrow().sectionId());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), memory.last(dm));
        assertEquals(1, memory.purge());
    }

    @DatabaseTest
    void forget_deletesThePersonsThreadsOnly(TestDatabase db) {
        var memory = new JdbcThreadMemory(db.database(), clock);
        memory.remember(dm, asked("backend lead salary", "salary-and-demand"));
        ThreadMemory.Thread other = new ThreadMemory.Thread("T1", "U2", "D2", null);
        memory.remember(other, asked("backend lead skills", "top-skills"));

        assertEquals(Map.of("remembered questions for follow-ups", 1), memory.forget("T1", "U1"));
        assertEquals(Optional.empty(), memory.last(dm));
        assertEquals("top-skills", memory.last(other).orElseThrow().sectionId());
    }

    @DatabaseTest
    void aVeryLongQuestion_isKeptCut(TestDatabase db) {
        var memory = new JdbcThreadMemory(db.database(), clock);
        memory.remember(dm, asked("x".repeat(40_000), "overview"));

        assertEquals(JdbcThreadMemory.QUESTION_CHARS, memory.last(dm).orElseThrow().question().length());
    }
}
