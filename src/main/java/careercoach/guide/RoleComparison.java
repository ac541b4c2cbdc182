package careercoach.guide;

import java.util.List;

/**
 * Two roles side by side ({@code /career compare}): for skills and for responsibilities, what both guides ask for
 * (matched by meaning, each pair with the wording of both guides), what the target role adds, and what matters less
 * there (in the person's own guide only).
 */
public record RoleComparison(Guide from, Guide to, List<Part> parts) {

    public RoleComparison {
        parts = List.copyOf(parts);
    }

    /** What is compared: the skills (top skills and often-missing skills) or the key responsibilities. */
    public enum Aspect {
        SKILLS("Skills"), RESPONSIBILITIES("Responsibilities");

        private final String title;

        Aspect(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One aspect compared. */
    public record Part(Aspect aspect, List<Pair> shared, List<Item> added, List<Item> less) {
        public Part {
            shared = List.copyOf(shared);
            added = List.copyOf(added);
            less = List.copyOf(less);
        }

        public boolean isEmpty() {
            return shared.isEmpty() && added.isEmpty() && less.isEmpty();
        }
    }

    /** An item of the person's guide and the item of the target guide that means the same. */
    public record Pair(Item from, Item to, double similarity) {
    }

    public boolean isEmpty() {
        return parts.stream().allMatch(Part::isEmpty);
    }
}
