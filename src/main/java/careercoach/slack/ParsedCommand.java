package careercoach.slack;

/** What the text after {@code /career} asks for. */
public sealed interface ParsedCommand {

    /** A registered subcommand, with the rest of the text. */
    record Named(String name, String args) implements ParsedCommand {
    }

    /** Free text to answer from the guides ({@code ask ...}, or anything that reads as a question). */
    record Question(String text) implements ParsedCommand {
    }

    /** Help: the empty command, {@code help}, or a single unknown word ({@code unknown} is that word, or empty). */
    record Help(String unknown) implements ParsedCommand {
    }
}
