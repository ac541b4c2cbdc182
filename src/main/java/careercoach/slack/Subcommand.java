package careercoach.slack;

import careercoach.guide.Guide;

import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One {@code /career} subcommand. {@code name} may have several words ({@code "steps walk"}); the longest
 * registered name that starts the command text wins. {@code usage} and the description are what help shows; the
 * description is read in the reader's guide ({@code describedIn}: a section command is described by that guide's own
 * section title). Help offers it only to people whose guide it has something for ({@code availableIn}) and who may
 * use it ({@code shownTo}, given the team key of the request, as {@link TeamKey}, and the user id).
 */
public record Subcommand(String name, String usage, Function<Guide, String> describedIn,
                         Predicate<Guide> availableIn, BiPredicate<String, String> shownTo,
                         SubcommandHandler handler) {

    public Subcommand {
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty subcommand name");
        }
    }

    /** A subcommand described the same way in every guide. */
    public Subcommand(String name, String usage, String description, Predicate<Guide> availableIn,
                      BiPredicate<String, String> shownTo, SubcommandHandler handler) {
        this(name, usage, guide -> description, availableIn, shownTo, handler);
    }

    /** A subcommand for everyone whose guide has something for it, described in that guide's words. */
    public Subcommand(String name, String usage, Function<Guide, String> describedIn, Predicate<Guide> availableIn,
                      SubcommandHandler handler) {
        this(name, usage, describedIn, availableIn, (teamKey, userId) -> true, handler);
    }

    /** A subcommand for everyone whose guide has something for it. */
    public Subcommand(String name, String usage, String description, Predicate<Guide> availableIn,
                      SubcommandHandler handler) {
        this(name, usage, guide -> description, availableIn, (teamKey, userId) -> true, handler);
    }

    /** A subcommand every guide has. */
    public Subcommand(String name, String usage, String description, SubcommandHandler handler) {
        this(name, usage, description, guide -> true, handler);
    }

    /** What help says it does, to a reader of {@code guide}. */
    public String descriptionIn(Guide guide) {
        return describedIn.apply(guide);
    }

    public boolean isAvailableIn(Guide guide) {
        return availableIn.test(guide);
    }

    /** Whether help and the App Home offer it to this person (of the workspace {@code teamKey}) reading this guide. */
    public boolean isShownTo(String teamKey, String userId, Guide guide) {
        return shownTo.test(teamKey, userId) && availableIn.test(guide);
    }
}
