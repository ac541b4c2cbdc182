package careercoach.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordPieceTokenizerTest {
    private final WordPieceTokenizer tokenizer = SentenceEmbedder.shared().tokenizer();

    @Test
    void encode_matchesBertUncasedIds() {
        // bert-base-uncased: hello 7592, world 2088, "," 1010, "!" 999
        assertArrayEquals(new int[]{101, 7592, 1010, 2088, 999, 102}, tokenizer.encode("Hello, WORLD!", 64));
    }

    @Test
    void encode_splitsUnknownWordsIntoPiecesAndTruncates() {
        int[] ids = tokenizer.encode("sallary", 64);
        assertTrue(ids.length > 3, "a misspelt word becomes several pieces");
        assertEquals(8, tokenizer.encode("word ".repeat(100), 8).length);
    }

    @Test
    void words_stripAccentsAndSplitPunctuation() {
        assertEquals(List.of("cafe", "-", "au", "lait", "?"), WordPieceTokenizer.words("Café-au\u0000 lait?"));
    }

    @Test
    void isWholeWord_knowsEnglishWordsNotTypos() {
        assertTrue(tokenizer.isWholeWord("salary"));
        assertTrue(tokenizer.isWholeWord("metal"));
        assertFalse(tokenizer.isWholeWord("sallary"));
    }
}
