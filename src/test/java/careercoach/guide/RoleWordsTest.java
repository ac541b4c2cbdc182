package careercoach.guide;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the words of a role said by a person meet the words of the guides' names. */
class RoleWordsTest {
    private static final List<List<String>> NAMES = List.of(List.of("frontend", "engineering", "lead", "web"),
            List.of("backend", "engineering", "lead"));

    @Test
    void twoWordsSaid_areTheOneWordANameWrites() {
        assertEquals(List.of("frontend", "lead"), RoleWords.compounds(List.of("front", "end", "lead"), NAMES));
        assertEquals(List.of("backend", "lead"), RoleWords.compounds(List.of("back", "end", "lead"), NAMES));
    }

    @Test
    void oneWordSaid_isTheTwoWordsANameWrites_whenNoNameWritesItWhole() {
        List<List<String>> split = List.of(List.of("front", "end", "manager"), List.of("data", "lead"));
        assertEquals(List.of("front", "end", "manager"), RoleWords.compounds(List.of("frontend", "manager"), split));
        // Where a name writes it whole, it stays whole.
        assertEquals(List.of("frontend", "manager"), RoleWords.compounds(List.of("frontend", "manager"), NAMES));
    }

    @Test
    void twoWordsThatAreBothNameWords_stayTwo() {
        assertFalse(RoleWords.joins("data", "base", Set.of("data", "base", "database")));
        assertTrue(RoleWords.joins("front", "end", Set.of("frontend", "lead")));
    }

    @Test
    void aWordALetterOffOneNameWord_isThatWord() {
        Set<String> vocabulary = Set.of("frontend", "backend", "lead", "platform");
        assertEquals(Optional.of("frontend"), RoleWords.nearMiss("fronted", vocabulary));
        assertEquals(Optional.of("platform"), RoleWords.nearMiss("platfrom", vocabulary));
        assertEquals(Optional.empty(), RoleWords.nearMiss("lead", vocabulary), "a name's word itself");
        assertEquals(Optional.empty(), RoleWords.nearMiss("led", vocabulary), "three letters is too short");
        assertEquals(Optional.empty(), RoleWords.nearMiss("bend", Set.of("bent", "band")), "a letter off two words");
    }

    @Test
    void alike_halfTheLetterPairsOrMore() {
        assertTrue(RoleWords.alike("devex", "developer"));
        assertTrue(RoleWords.alike("secuirty", "security"));
        assertFalse(RoleWords.alike("astronaut", "automation"));
    }
}
