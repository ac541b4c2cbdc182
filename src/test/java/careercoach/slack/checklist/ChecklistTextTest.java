package careercoach.slack.checklist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecklistTextTest {

    @Test
    void fitEscaped_shortTextOnlyEscaped() {
        assertEquals("a &lt;b&gt; &amp; c", ChecklistText.fitEscaped("a <b> & c", 75));
    }

    @Test
    void fitEscaped_cutsAtWordWithEllipsisWithinLimitCountingEscapes() {
        String text = "alpha <beta> gamma & delta epsilon";

        String fitted = ChecklistText.fitEscaped(text, 20);

        assertTrue(fitted.length() <= 20, fitted);
        assertEquals("alpha &lt;beta&gt;…", fitted);
        String rest = ChecklistText.rest(text, 20);
        assertTrue(rest.startsWith("…gamma & delta") && rest.length() <= 20, rest);
        assertEquals("", ChecklistText.rest(text, 75));
    }

    @Test
    void fitEscaped_neverSplitsAnEmoji() {
        String fitted = ChecklistText.fitEscaped("☕".repeat(5) + "😀😀😀😀😀", 9);

        assertFalse(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2)), fitted);
        assertTrue(fitted.length() <= 9);
    }

    @Test
    void user_forgottenIsNotAMention() {
        assertEquals("<@U1>", ChecklistText.user("U1"));
        assertEquals("a former member", ChecklistText.user("forgotten"));
    }
}
