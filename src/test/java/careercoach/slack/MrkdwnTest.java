package careercoach.slack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MrkdwnTest {

    @Test
    void escape_replacesOnlyTheThreeControlCharacters() {
        assertEquals("&lt;!channel&gt; &amp; *bold* \"q\" 'a'", Mrkdwn.escape("<!channel> & *bold* \"q\" 'a'"));
    }

    @Test
    void truncate_keepsShortTextAndCutsLongTextWithAnEllipsis() {
        assertEquals("short", Mrkdwn.truncate("short", 10));
        assertEquals("abcd…", Mrkdwn.truncate("abcdefghij", 5));
    }

    @Test
    void truncate_neverSplitsAnEmoji() {
        String cut = Mrkdwn.truncate("abc🚀def", 5);

        assertTrue(cut.length() <= 5);
        assertTrue(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c)), cut);
    }

    @Test
    void split_prefersLineBreaksAndRespectsTheLimit() {
        List<String> pieces = Mrkdwn.split("aaaa\nbbbb\ncccc", 10);

        assertEquals(List.of("aaaa\nbbbb", "cccc"), pieces);
    }

    @Test
    void split_textWithoutBreaks_isCutAtTheLimit() {
        List<String> pieces = Mrkdwn.split("x".repeat(7000), Mrkdwn.MAX_TEXT);

        assertEquals(3, pieces.size());
        assertTrue(pieces.stream().allMatch(p -> p.length() <= Mrkdwn.MAX_TEXT));
        assertEquals(7000, pieces.stream().mapToInt(String::length).sum());
    }

    @Test
    void literal_typedText_cannotOpenFormatting() {
        assertEquals("∗bold∗ ˍitˍ ∼no∼ ˋcodeˋ &lt;!here&gt;",
                Mrkdwn.literal("*bold* _it_ ~no~ `code` <!here>"));
    }
}
