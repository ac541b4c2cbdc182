package careercoach.slack.paths;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparePhraseTest {

    @Test
    void move_readsBothRolesOrOnlyTheTarget() {
        Matcher m = PathsFeature.MOVE.matcher("What changes if I move from backend lead to SRE lead?");
        assertTrue(m.matches());
        assertEquals("backend lead", m.group(1));
        assertEquals("SRE lead", m.group(2));

        Matcher only = PathsFeature.MOVE.matcher("what would change if i moved into an engineering manager role");
        assertTrue(only.matches());
        assertNull(only.group(1));
        assertEquals("engineering manager role", only.group(2));
    }

    @Test
    void move_otherQuestions_doNotMatch() {
        assertFalse(PathsFeature.MOVE.matcher("what skills does a lead need?").matches());
        assertFalse(PathsFeature.MOVE.matcher("how do I move to a new team").matches());
    }
}
