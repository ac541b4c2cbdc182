package careercoach.store;

import careercoach.failure.StoreException;
import careercoach.guide.GuideChoices;
import careercoach.privacy.PersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachedGuideChoicesTest {
    private final Database database = Database.open("jdbc:h2:mem:choices-" + UUID.randomUUID() + Database.H2_SETTINGS
            + ";DB_CLOSE_DELAY=-1");
    private final CountingStore store = new CountingStore(new JdbcGuideChoices(database, Clock.systemUTC()));
    private final CachedGuideChoices choices = new CachedGuideChoices(store);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aChoiceIsDurableAndReadFromTheStoreOnce() {
        assertEquals(Optional.empty(), choices.chosenGuide("T1", "U1"));
        choices.choose("T1", "U1", "data-lead");

        assertEquals(Optional.of("data-lead"), choices.chosenGuide("T1", "U1"));
        assertEquals(Optional.of("data-lead"), choices.chosenGuide("T1", "U1"));
        assertEquals(1, store.reads.get());
        assertEquals(Optional.of("data-lead"), new JdbcGuideChoices(database, Clock.systemUTC())
                .chosenGuide("T1", "U1"));
        assertEquals(Optional.empty(), choices.chosenGuide("T2", "U1"));
    }

    @Test
    void forgetMeDeletesTheChoiceFromStoreAndMemory() {
        choices.choose("T1", "U1", "data-lead");

        Map<String, Integer> deleted = choices.forget("T1", "U1");

        assertEquals(1, deleted.get("role choice"));
        assertEquals(Optional.empty(), choices.chosenGuide("T1", "U1"));
    }

    @Test
    void aFailedReadOrWriteIsNotRemembered() {
        store.failing.set(true);
        assertThrows(StoreException.class, () -> choices.chosenGuide("T1", "U1"));
        assertThrows(StoreException.class, () -> choices.choose("T1", "U1", "data-lead"));
        store.failing.set(false);

        assertFalse(choices.chosenGuide("T1", "U1").isPresent());
        assertTrue(store.reads.get() >= 2);
    }

    /** The real store, counting reads; can be made to fail as a database out of reach does. */
    private static final class CountingStore implements GuideChoices, PersonalData {
        private final JdbcGuideChoices delegate;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicBoolean failing = new AtomicBoolean();

        CountingStore(JdbcGuideChoices delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<String> chosenGuide(String teamId, String userId) {
            reads.incrementAndGet();
            failIfOut();
            return delegate.chosenGuide(teamId, userId);
        }

        @Override
        public void choose(String teamId, String userId, String guideId) {
            failIfOut();
            delegate.choose(teamId, userId, guideId);
        }

        @Override
        public Map<String, Integer> forget(String teamId, String userId) {
            return delegate.forget(teamId, userId);
        }

        private void failIfOut() {
            if (failing.get()) {
                throw new StoreException("read the guide choice", new java.sql.SQLException("database out of reach"));
            }
        }
    }
}
