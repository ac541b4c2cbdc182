package careercoach.slack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubcommandParserTest {
    private final SubcommandParser parser = new SubcommandParser(
            List.of("help", "skills", "steps", "steps walk", "role", "checklist", "checklist history", "ask"));

    @Test
    void parse_empty_isHelp() {
        assertEquals(new ParsedCommand.Help(""), parser.parse(""));
        assertEquals(new ParsedCommand.Help(""), parser.parse("   "));
        assertEquals(new ParsedCommand.Help(""), parser.parse(null));
    }

    @Test
    void parse_help_isHelp() {
        assertEquals(new ParsedCommand.Help(""), parser.parse("Help"));
    }

    @Test
    void parse_subcommand_isCaseInsensitiveAndKeepsTheRestAsTyped() {
        assertEquals(new ParsedCommand.Named("role", "Backend Lead"), parser.parse("  ROLE   Backend Lead "));
        assertEquals(new ParsedCommand.Named("skills", ""), parser.parse("skills"));
    }

    @Test
    void parse_multiWordName_longestWins() {
        assertEquals(new ParsedCommand.Named("steps walk", ""), parser.parse("steps walk"));
        assertEquals(new ParsedCommand.Named("steps", "later"), parser.parse("steps later"));
        assertEquals(new ParsedCommand.Named("checklist history", ""), parser.parse("checklist  history"));
        assertEquals(new ParsedCommand.Named("checklist", "<@U123|ann>"), parser.parse("checklist <@U123|ann>"));
    }

    @Test
    void parse_ask_isAQuestion() {
        assertEquals(new ParsedCommand.Question("what is a staff engineer?"),
                parser.parse("ask what is a staff engineer?"));
        assertEquals(new ParsedCommand.Question("Skills?"), parser.parse("ASK Skills?"));
    }

    @Test
    void parse_askWithoutQuestion_isAskWithNothingToAsk() {
        assertEquals(new ParsedCommand.Named("ask", ""), parser.parse("ask"));
    }

    @Test
    void parse_freeText_isAQuestion() {
        assertEquals(new ParsedCommand.Question("how do I grow into a lead"), parser.parse("how do I grow into a lead"));
        assertEquals(new ParsedCommand.Question("kubernetes?"), parser.parse("kubernetes?"));
    }

    @Test
    void parse_singleUnknownWord_isHelpNamingIt() {
        assertEquals(new ParsedCommand.Help("frobnicate"), parser.parse("frobnicate"));
    }

    @Test
    void parse_wordStartingLikeASubcommand_isNotThatSubcommand() {
        assertEquals(new ParsedCommand.Help("skillset"), parser.parse("skillset"));
    }
}
