package careercoach.guide;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document read into plain nodes that remember the line they start on, so that every problem found later
 * can point at its line. Jackson's own tree ({@code JsonNode}) forgets locations, hence this small one.
 */
final class LocatedYaml {
    private static final YAMLFactory YAML = new YAMLFactory();

    sealed interface Node permits Mapping, Sequence, Scalar {
        int line();
    }

    /** One {@code key: value} of a mapping; {@code line} is the key's line. */
    record Entry(String key, int line, Node value) {
    }

    /** Entries in document order, duplicates kept so that they can be reported. */
    record Mapping(int line, List<Entry> entries) implements Node {
    }

    record Sequence(int line, List<Node> elements) implements Node {
    }

    /** {@code text} is null for an empty value ({@code key:} with nothing after it). */
    record Scalar(int line, String text) implements Node {
    }

    /** The YAML is not well formed; {@code line} is where the parser gave up. */
    static final class SyntaxException extends Exception {
        private final int line;

        SyntaxException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private LocatedYaml() {
    }

    /** Reads a single-document YAML text; empty when the text holds no document at all. */
    static Optional<Node> read(String yaml) throws SyntaxException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            Node root = readNode(parser, first);
            if (parser.nextToken() != null) {
                throw new SyntaxException(line(parser), "a guide file holds one YAML document, found a second");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            // Reading from a String cannot fail with I/O; anything else is a parse failure.
            throw new SyntaxException(0, e.getMessage());
        }
    }

    private static Node readNode(JsonParser parser, JsonToken token) throws IOException, SyntaxException {
        int line = line(parser);
        if (token == JsonToken.START_OBJECT) {
            List<Entry> entries = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                int keyLine = line(parser);
                entries.add(new Entry(key, keyLine, readNode(parser, parser.nextToken())));
            }
            return new Mapping(line, List.copyOf(entries));
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> elements = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                elements.add(readNode(parser, t));
            }
            return new Sequence(line, List.copyOf(elements));
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson does not resolve aliases: it would hand over the alias name as if it were the text.
            throw new SyntaxException(line, "aliases (*" + parser.getText() + ") are not supported: write the value out");
        }
        return new Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The parser's words for the mistakes authors make most, and what to do about each, in plain words. */
    private static final List<Map.Entry<String, String>> HINTS = List.of(
            Map.entry("mapping values are not allowed",
                    "a value holds ': ' (quote it: text: \"Goal: lead\"), or this line is indented too far"),
            Map.entry("could not find expected ':'",
                    "a line has no 'field: value'; check its indentation, or quote a value that runs over lines"),
            Map.entry("cannot start any token", "quote a value that starts with @, ` or %, and indent with spaces, not tabs"),
            Map.entry("found a tab", "indent with spaces: YAML does not allow tabs"),
            Map.entry("expected <block end>",
                    "check the indentation: entries of a list start with '- ' at the same column, and the fields of"
                            + " one entry line up under its first field"),
            Map.entry("did not find expected key",
                    "check the indentation: the fields of one entry line up under its first field"),
            Map.entry("did not find expected '-' indicator",
                    "check the indentation: every entry of a list starts with '- ' at the same column"),
            Map.entry("found unexpected end of stream", "a quoted value is not closed: check its quotes"),
            Map.entry("found unknown escape character",
                    "inside double quotes a backslash starts an escape: use single quotes, or write \\\\"),
            Map.entry("duplicate key", "a field appears twice in one entry"));

    /** Turns SnakeYAML's multi-line report into one line, at the line of the problem itself, with a hint. */
    private static SyntaxException syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String message = "YAML syntax error: " + marked.getProblem();
            Mark context = marked.getContextMark();
            int line = marked.getProblemMark().getLine() + 1;
            if (marked.getContext() != null && context != null && context.getLine() + 1 != line) {
                message += " (" + marked.getContext() + " started at line " + (context.getLine() + 1) + ")";
            }
            return new SyntaxException(line, message + hintFor(marked.getProblem()));
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new SyntaxException(line, "YAML syntax error: " + e.getOriginalMessage() + hintFor(e.getOriginalMessage()));
    }

    private static String hintFor(String problem) {
        if (problem == null) {
            return "";
        }
        return HINTS.stream().filter(h -> problem.contains(h.getKey())).findFirst()
                .map(h -> " — " + h.getValue()).orElse("");
    }
}
