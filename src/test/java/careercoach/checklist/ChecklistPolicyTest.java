package careercoach.checklist;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChecklistPolicyTest {

    static Checklist checklist(Optional<String> channel, String person, String manager, boolean archived) {
        return new Checklist(1, "T1", channel, Optional.empty(), Optional.empty(), Optional.empty(), person, manager, Optional.empty(),
                archived, Instant.EPOCH, List.of(new ChecklistItem("1", ItemSource.CUSTOM, "", "Do it",
                Optional.empty())));
    }

    private final Checklist shared = checklist(Optional.of("C1"), "UP", "UM", false);

    @Test
    void checkTick_personAndManagerAllowed() {
        assertDoesNotThrow(() -> ChecklistPolicy.checkTick(shared, "UP"));
        assertDoesNotThrow(() -> ChecklistPolicy.checkTick(shared, "UM"));
    }

    @Test
    void checkTick_onlookerRefusedNamingWhoMay() {
        NotAllowedException refusal = assertThrows(NotAllowedException.class,
                () -> ChecklistPolicy.checkTick(shared, "UX"));

        assertEquals(List.of("UP", "UM"), refusal.allowedUserIds());
    }

    @Test
    void checkArchive_onlyManager() {
        assertDoesNotThrow(() -> ChecklistPolicy.checkArchive(shared, "UM"));
        NotAllowedException refusal = assertThrows(NotAllowedException.class,
                () -> ChecklistPolicy.checkArchive(shared, "UP"));
        assertEquals(List.of("UM"), refusal.allowedUserIds());
    }

    @Test
    void checkTick_privateOnlyOwner() {
        Checklist own = checklist(Optional.empty(), "UP", "UP", false);

        assertDoesNotThrow(() -> ChecklistPolicy.checkTick(own, "UP"));
        assertDoesNotThrow(() -> ChecklistPolicy.checkArchive(own, "UP"));
        assertEquals(List.of("UP"), assertThrows(NotAllowedException.class,
                () -> ChecklistPolicy.checkTick(own, "UM")).allowedUserIds());
    }

    @Test
    void checkTick_archivedRefusedEvenForPerson() {
        Checklist archived = checklist(Optional.of("C1"), "UP", "UM", true);

        assertThrows(ChecklistArchivedException.class, () -> ChecklistPolicy.checkTick(archived, "UP"));
    }

    @Test
    void checkArchive_personMayWhenManagerWasForgotten() {
        Checklist orphan = checklist(Optional.of("C1"), "UP", ChecklistPolicy.FORGOTTEN_USER, false);

        assertDoesNotThrow(() -> ChecklistPolicy.checkArchive(orphan, "UP"));
        assertEquals(List.of("UP"), ChecklistPolicy.mayTick(orphan));
    }
}
