package careercoach.slack;

/**
 * One {@code /career} subcommand. {@code name} may have several words ({@code "steps walk"}); the longest
 * registered name that starts the command text wins. {@code usage} and {@code description} are what help shows.
 */
public record Subcommand(String name, String usage, String description, SubcommandHandler handler) {

    public Subcommand {
        name = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty subcommand name");
        }
    }
}
