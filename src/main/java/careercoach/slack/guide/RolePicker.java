package careercoach.slack.guide;

import careercoach.guide.Guide;
import careercoach.guide.RoleFinder;
import careercoach.guide.RoleInitials;
import careercoach.slack.Mrkdwn;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.model.block.composition.OptionObject;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * The typeahead of {@code /career role}: the guides whose title, id, aliases or initials ({@link RoleInitials}) match
 * what the person typed, best first, at most {@link #MAX_OPTIONS} (Slack shows no more in one select). An empty query
 * lists the first guides by title, so the menu is useful before typing. Each word typed must start a word of the
 * title, id, an alias or the initials ("sre lead", "back lea", "em");
 * titles that start with the query come first, then titles holding it as whole words, then the rest, by title.
 * When no guide matches so, the closest roles to a misspelt name ({@link RoleFinder#closest}).
 */
final class RolePicker {
    /** Slack's limit on the options of one select menu. */
    static final int MAX_OPTIONS = 100;
    /** Slack's limit on an option's text and description. */
    private static final int MAX_OPTION_TEXT = 75;

    private RolePicker() {
    }

    static List<Guide> matches(List<Guide> guides, String query) {
        String wanted = normalise(query == null ? "" : query);
        List<String> words = wanted.isEmpty() ? List.of() : Arrays.asList(wanted.split(" "));
        List<Ranked> ranked = new ArrayList<>();
        Map<String, List<RoleInitials.ShortName>> initials = RoleInitials.of(guides);
        for (Guide guide : guides) {
            String title = normalise(guide.title());
            // Every name of the role counts: its id, title and aliases ("SRE", "EM", "people manager").
            List<String> names = new ArrayList<>(List.of(title, normalise(guide.id())));
            guide.aliases().forEach(alias -> names.add(normalise(alias)));
            // And the initials its names give, listed or not ("SRE lead" for Site Reliability Engineering Lead).
            initials.getOrDefault(guide.id(), List.of()).forEach(form -> names.add(normalise(form.name())));
            boolean all = words.stream().allMatch(w -> names.stream().anyMatch(name ->
                    Arrays.stream(name.split(" ")).anyMatch(t -> t.startsWith(w))));
            if (!all) {
                continue;
            }
            int rank = words.isEmpty() ? 0
                    : title.startsWith(wanted) ? 0
                    : (" " + title + " ").contains(" " + wanted + " ") ? 1
                    : 2;
            ranked.add(new Ranked(guide, rank));
        }
        if (ranked.isEmpty() && !words.isEmpty()) {
            // Nothing starts with what was typed: a misspelling ("secuirty") still offers the roles it is close to.
            return new RoleFinder(guides).closest(query);
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.guide().title().toLowerCase(Locale.ROOT))
                        .thenComparing(r -> r.guide().id()))
                .limit(MAX_OPTIONS)
                .map(Ranked::guide)
                .toList();
    }

    private record Ranked(Guide guide, int rank) {
    }

    /** Lower case, accents and punctuation gone, words separated by one space. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A guide as a select option: its title (cut to Slack's 75 characters) and its id as the description. */
    static OptionObject option(Guide guide) {
        return OptionObject.builder()
                .text(plainText(Mrkdwn.truncate(guide.title(), MAX_OPTION_TEXT)))
                .description(plainText(Mrkdwn.truncate(guide.id(), MAX_OPTION_TEXT)))
                .value(guide.id())
                .build();
    }

    /** The typeahead's answer to {@code block_suggestion}. */
    static List<Option> options(List<Guide> guides, String query) {
        return matches(guides, query).stream().map(RolePicker::option)
                .map(o -> new Option(o.getText(), o.getValue(), o.getDescription())).toList();
    }

    static Optional<OptionObject> initial(Optional<Guide> chosen) {
        return chosen.map(RolePicker::option);
    }
}
