package careercoach.search;

import careercoach.guide.Guide;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which guide a question names by its role: "responsibilities of a frontend lead" names the guide whose title has
 * "frontend", when another guide's title does not. A question names a role when it has a word only that guide's
 * title has and a word every title has ("lead", "engineer"): "working with the frontend team" names no guide.
 */
final class GuideNames {
    private final Map<String, Set<String>> distinctive;
    private final Set<String> shared;

    private GuideNames(Map<String, Set<String>> distinctive, Set<String> shared) {
        this.distinctive = distinctive;
        this.shared = shared;
    }

    static GuideNames of(List<Guide> guides) {
        if (guides.size() < 2) {
            return new GuideNames(Map.of(), Set.of());
        }
        Map<String, Set<String>> stems = new HashMap<>();
        Map<String, Integer> titlesWith = new HashMap<>();
        for (Guide guide : guides) {
            Set<String> words = new HashSet<>(Coverage.terms(GuideAnalyzers.index(), guide.title()));
            stems.put(guide.id(), words);
            words.forEach(w -> titlesWith.merge(w, 1, Integer::sum));
        }
        Set<String> shared = new HashSet<>();
        titlesWith.forEach((w, n) -> {
            if (n == guides.size()) {
                shared.add(w);
            }
        });
        Map<String, Set<String>> distinctive = new HashMap<>();
        stems.forEach((id, words) -> {
            Set<String> own = new HashSet<>(words);
            own.removeIf(w -> titlesWith.get(w) > 1);
            distinctive.put(id, Set.copyOf(own));
        });
        return new GuideNames(Map.copyOf(distinctive), Set.copyOf(shared));
    }

    /** The one guide whose role the question names, if it names exactly one. */
    Optional<String> named(String question) {
        if (distinctive.isEmpty()) {
            return Optional.empty();
        }
        Set<String> words = new HashSet<>(Coverage.terms(GuideAnalyzers.index(), question));
        if (words.stream().noneMatch(shared::contains) && !shared.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = distinctive.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(words::contains))
                .map(Map.Entry::getKey)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
