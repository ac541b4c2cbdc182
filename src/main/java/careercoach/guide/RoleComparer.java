package careercoach.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two guides' skills and responsibilities by meaning: an item of the target guide and one of the person's
 * guide are the same when their texts are equal (case and spacing aside), when the sentence vectors of their
 * labels are close (cosine at least {@link #SAME_MEANING}), or when their words are nearly the same
 * ({@link #SAME_WORDS}); pairs matched by words alone rank after those matched by meaning. Pairs are made best
 * first, each item in at most one pair; what is left of the target is what it adds, what is left of the person's
 * guide is what matters less there.
 * Pure: the sentence vectors come from the function it is given.
 */
public final class RoleComparer {
    /**
     * The cosine of two names' vectors from which they count as one skill. Measured with the shipped model between
     * the shipped guide and the platform guides of the many-guides fixture: the same skill in other words
     * ("Managing stakeholders and expectations" and "Cross-team communication and stakeholder management", 0.81;
     * two observability skills, 0.90) scores above it; the closest pairs of different skills scored 0.77 and below.
     */
    public static final double SAME_MEANING = 0.80;

    /**
     * Two items whose content words are this much the same (Dice's coefficient, with at least
     * {@link #SAME_WORDS_AT_LEAST} in common) are one item whatever their vectors say: "Hire, mentor and give
     * quarterly feedback to web engineers" and "Hire, coach and give feedback to payments engineers, and hold the
     * monthly retrospective" (0.5) are one duty, which the model scores below {@link #SAME_MEANING} as the rest of
     * each sentence pulls it away. Measured on every pair of skills and of responsibilities of the shipped guide and
     * the fixture guides of the many-guides and outside-guides tuning sets (14 guides): the pairs with three words
     * in common at 0.40 and above that the model left apart are all one duty in two wordings (five pairs:
     * mentoring and reviewing, hiring and feedback, design reviews); the unrelated pairs with three words in common
     * ("Lead and grow the QA engineers…" and "Lead board bring-up … with the electrical engineers") score 0.35 and
     * below.
     */
    static final double SAME_WORDS = 0.40;
    /** Two words in common are no proof of one skill: "Real-time operating systems", "Real-time lighting". */
    static final int SAME_WORDS_AT_LEAST = 3;

    private final Function<String, float[]> vectors;
    private final double threshold;

    /** @param vectors unit-length sentence vectors of a text (the search's embedding model) */
    public RoleComparer(Function<String, float[]> vectors) {
        this(vectors, SAME_MEANING);
    }

    public RoleComparer(Function<String, float[]> vectors, double threshold) {
        this.vectors = vectors;
        this.threshold = threshold;
    }

    public RoleComparison compare(Guide from, Guide to) {
        List<RoleComparison.Part> parts = new ArrayList<>();
        parts.add(part(RoleComparison.Aspect.SKILLS, skills(from), skills(to)));
        parts.add(part(RoleComparison.Aspect.RESPONSIBILITIES, responsibilities(from), responsibilities(to)));
        return new RoleComparison(from, to, parts);
    }

    /**
     * The skills of a guide: its top skills, then its often-missing skills, each text once. The pitfalls listed with
     * the skill gaps ({@link Pitfalls}: "Saying no too often") are no skills a role needs, so they are left out.
     */
    public static List<Item> skills(Guide guide) {
        return distinct(items(guide, SectionIds.TOP_SKILLS), items(guide, SectionIds.SKILL_GAPS).stream()
                .filter(item -> !Pitfalls.isPitfall(guide, item)).toList());
    }

    static List<Item> responsibilities(Guide guide) {
        return distinct(items(guide, SectionIds.KEY_RESPONSIBILITIES), List.of());
    }

    /**
     * For each item of {@code targets}, the item of {@code known} that means the same, or -1: best pairs first,
     * each item in at most one pair.
     */
    public int[] match(List<Item> known, List<Item> targets) {
        float[][] knownVectors = known.stream().map(i -> vectors.apply(text(i))).toArray(float[][]::new);
        float[][] targetVectors = targets.stream().map(i -> vectors.apply(text(i))).toArray(float[][]::new);
        record Candidate(int known, int target, double similarity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            for (int k = 0; k < known.size(); k++) {
                double similarity = key(known.get(k)).equals(key(targets.get(t))) ? 1.0 + 1e-9
                        : dot(knownVectors[k], targetVectors[t]);
                if (similarity >= threshold || nearlySameWords(text(known.get(k)), text(targets.get(t)))) {
                    candidates.add(new Candidate(k, t, similarity));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(Candidate::target).thenComparingInt(Candidate::known));
        int[] matched = new int[targets.size()];
        java.util.Arrays.fill(matched, -1);
        Set<Integer> usedKnown = new HashSet<>();
        for (Candidate c : candidates) {
            if (matched[c.target()] < 0 && usedKnown.add(c.known())) {
                matched[c.target()] = c.known();
            }
        }
        return matched;
    }

    /**
     * Whether two texts say nearly the same in words: at least {@link #SAME_WORDS_AT_LEAST} content words in common
     * ({@link ContentWords}: stemmed, joining words aside), and at least {@link #SAME_WORDS} of all their content
     * words (Dice's coefficient).
     */
    static boolean nearlySameWords(String a, String b) {
        Set<String> first = ContentWords.of(a);
        Set<String> second = ContentWords.of(b);
        return ContentWords.shared(first, second).size() >= SAME_WORDS_AT_LEAST
                && ContentWords.overlap(first, second) >= SAME_WORDS;
    }

    /** The similarity of two items' texts as this comparer sees it (1 for equal texts). */
    public double similarity(Item a, Item b) {
        return key(a).equals(key(b)) ? 1.0 : dot(vectors.apply(text(a)), vectors.apply(text(b)));
    }

    private RoleComparison.Part part(RoleComparison.Aspect aspect, List<Item> known, List<Item> targets) {
        int[] matched = match(known, targets);
        List<RoleComparison.Pair> shared = new ArrayList<>();
        List<Item> added = new ArrayList<>();
        Set<Integer> usedKnown = new HashSet<>();
        for (int t = 0; t < targets.size(); t++) {
            if (matched[t] < 0) {
                added.add(targets.get(t));
            } else {
                usedKnown.add(matched[t]);
                shared.add(new RoleComparison.Pair(known.get(matched[t]), targets.get(t),
                        similarity(known.get(matched[t]), targets.get(t))));
            }
        }
        List<Item> less = new ArrayList<>();
        for (int k = 0; k < known.size(); k++) {
            if (!usedKnown.contains(k)) {
                less.add(known.get(k));
            }
        }
        return new RoleComparison.Part(aspect, shared, added, less);
    }

    private static List<Item> items(Guide guide, String kind) {
        return guide.sectionOfKind(kind).map(Section::allItems).orElse(List.of());
    }

    private static List<Item> distinct(List<Item> first, List<Item> second) {
        List<Item> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Item> items : List.of(first, second)) {
            for (Item item : items) {
                if (!key(item).isEmpty() && seen.add(key(item))) {
                    all.add(item);
                }
            }
        }
        return all;
    }

    /** What an item says, as compared: its name (the skill) else its sentence. */
    private static String text(Item item) {
        return item.name().isEmpty() ? item.text() : item.name();
    }

    private static String key(Item item) {
        return text(item).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
