package careercoach.ladder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the file of a ladder, refusing what is no ladder before anything is parsed: a missing, empty or binary
 * file, a file too large to be a page of text, text that is not UTF-8.
 */
public final class LadderFile {
    /** A ladder is a page: the seed is 5.4 KB, a long wiki page some tens; 1 MiB leaves room for any of them. */
    public static final long MAX_BYTES = 1024 * 1024;

    private LadderFile() {
    }

    /** The lines of the file, without a byte-order mark, whatever the line ends. */
    public static List<String> read(Path file) throws LadderImportException {
        try {
            if (!Files.exists(file)) {
                throw new LadderImportException(file + ": no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new LadderImportException(file + " is not a file: give the ladder's Markdown or text file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LadderImportException(String.format(Locale.ROOT, "%s is %.1f MB: a career ladder is a page"
                        + " of text (at most %d KB is read); is this the right file?", file, size / 1e6,
                        MAX_BYTES / 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    throw new LadderImportException(file + " is not text (it holds binary data): import reads a"
                            + " ladder written in Markdown or plain text");
                }
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new LadderImportException(file + " is not UTF-8 text: save it as UTF-8 and import it again");
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                throw new LadderImportException(file + " is empty: there is nothing to import");
            }
            return text.lines().toList();
        } catch (IOException e) {
            throw new LadderImportException(file + ": cannot read: " + e.getMessage());
        }
    }
}
