package careercoach.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}: clean the text, lower-case
 * and strip accents, split on white space and punctuation (each CJK character alone), then split each word into
 * the longest vocabulary pieces ({@code ##} marks a piece inside a word). Plain Java, so the model needs no native
 * tokenizer library.
 */
final class WordPieceTokenizer {
    static final int CLS = 101;
    static final int SEP = 102;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        this.unknown = vocabulary.getOrDefault("[UNK]", 100);
    }

    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IOException("tokenizer.json has no WordPiece vocabulary");
        }
        Map<String, Integer> vocabulary = new HashMap<>(vocab.size() * 2);
        vocab.fields().forEachRemaining(e -> vocabulary.put(e.getKey(), e.getValue().asInt()));
        return new WordPieceTokenizer(vocabulary);
    }

    /** Whether the vocabulary holds this lower-case word whole: a word the model knows as a word. */
    boolean isWholeWord(String word) {
        return vocabulary.containsKey(word);
    }

    /** Token ids of one text, with [CLS] first and [SEP] last, at most {@code maxTokens} in all. */
    int[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(CLS);
        for (String word : words(text)) {
            if (ids.size() >= maxTokens - 1) {
                break;
            }
            pieces(word, ids);
        }
        if (ids.size() > maxTokens - 1) {
            ids.subList(maxTokens - 1, ids.size()).clear();
        }
        ids.add(SEP);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void pieces(String word, List<Integer> ids) {
        if (word.length() > MAX_WORD_CHARS) {
            ids.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (start < end) {
                String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                ids.add(unknown);
                return;
            }
            found.add(id);
            start = end;
        }
        ids.addAll(found);
    }

    /** BERT's basic tokenization: normalised, lower-cased, accents stripped, split at spaces and punctuation. */
    static List<String> words(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == 0 || c == 0xFFFD || type == Character.NON_SPACING_MARK
                    || (Character.isISOControl(c) && !Character.isWhitespace(c)) || type == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(word, words);
            } else if (isPunctuation(c, type) || isCjk(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isPunctuation(int c, int type) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
