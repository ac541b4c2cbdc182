package careercoach.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UserTextTest {

    @Test
    void clean_removesControlBidiAndZeroWidthCharacters() {
        assertEquals("abc", UserText.clean("a\u0000b\u202E\u200Bc\uFEFF\u2066\u0007"));
    }

    @Test
    void clean_keepsLineBreaksTabsAndEmojiSequences() {
        String coder = "\uD83D\uDC69\u200D\uD83D\uDCBB";
        assertEquals("one\ntwo\tthree " + coder, UserText.clean("one\ntwo\tthree " + coder));
        assertEquals("ab", UserText.clean("a\u200Db"), "a joiner between letters is invisible noise");
    }

    @Test
    void fromSlack_undoesSlacksEscapingExactlyOnce() {
        assertEquals("a <!channel> b & c", UserText.fromSlack("a &lt;!channel&gt; b &amp; c"));
        assertEquals("typed &lt; literally", UserText.fromSlack("typed &amp;lt; literally"));
        assertNull(UserText.fromSlack(null));
    }
}
