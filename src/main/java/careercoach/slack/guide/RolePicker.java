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
 * two words typed may stand for one written as one ("front end", "front-end" for "Frontend"); titles that start
 * with the query come first, then titles holding it as whole words, then the rest, by title. When no guide matches
 * so, the guide {@code /career role} would find ({@link RoleFinder#find}: "fronted lead"), else the closest roles
 * to a misspelt name ({@link RoleFinder#closest}).
 */
final class RolePicker {
    /** Slack's limit on the options of one select menu. */
    static final int MAX_OPTIONS = 100;
    /** Slack's limit on an option's text and description. */
    private static final int MAX_OPTION_TEXT = 75;

    private RolePicker() {
    }

    static List<Guide> matches(List<Guide> guides, String query) {
        return matches(guides, query, new RoleFinder(guides));
    }

    /**
     * @param finder how {@code /career role} finds a role typed, over these guides: what the typeahead offers when
     *               no guide's names start with the words typed
     */
    static List<Guide> matches(List<Guide> guides, String query, RoleFinder finder) {
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
            if (!startsWords(words, nameWords(names))) {
                continue;
            }
            int rank = words.isEmpty() ? 0
                    : title.startsWith(wanted) ? 0
                    : (" " + title + " ").contains(" " + wanted + " ") ? 1
                    : 2;
            ranked.add(new Ranked(guide, rank));
        }
        if (ranked.isEmpty() && !words.isEmpty()) {
            // Nothing starts with what was typed: the role as /career role finds it ("fronted lead"), else the
            // roles a misspelling ("secuirty") is close to.
            return finder.find(query).guide().map(List::of).orElseGet(() -> finder.closest(query));
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

    /** The words of a role's names, and each two adjacent words joined ("front end": "frontend"). */
    private static List<String> nameWords(List<String> names) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            String[] parts = name.split(" ");
            all.addAll(Arrays.asList(parts));
            for (int i = 0; i + 1 < parts.length; i++) {
                all.add(parts[i] + parts[i + 1]);
            }
        }
        return all;
    }

    /**
     * Whether each word typed starts a word of the names, two typed words together standing for one written as
     * one ("front end", "front-end" for "Frontend").
     */
    private static boolean startsWords(List<String> typed, List<String> nameWords) {
        for (int k = 0; k < typed.size(); k++) {
            if (k + 1 < typed.size()) {
                String joined = typed.get(k) + typed.get(k + 1);
                if (nameWords.stream().anyMatch(t -> t.startsWith(joined))) {
                    k++;
                    continue;
                }
            }
            String w = typed.get(k);
            if (nameWords.stream().noneMatch(t -> t.startsWith(w))) {
                return false;
            }
        }
        return true;
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
    static List<Option> options(List<Guide> guides, String query, RoleFinder finder) {
        return matches(guides, query, finder).stream().map(RolePicker::option)
                .map(o -> new Option(o.getText(), o.getValue(), o.getDescription())).toList();
    }

    static Optional<OptionObject> initial(Optional<Guide> chosen) {
        return chosen.map(RolePicker::option);
    }
}
