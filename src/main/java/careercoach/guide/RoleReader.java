package careercoach.guide;

import java.util.List;
import java.util.Optional;

/**
 * How a role typed by itself ({@code /career role}, {@code compare}, {@code check}, the typeahead) is read as a
 * question naming it is read: the search's router reads it, so that a command and a question never disagree on
 * what a role is ("engineering manager" is a rank no guide has when the only manager guide is a Site Reliability
 * Engineering Manager; "eng manager", "live ops manager" are said short).
 */
@FunctionalInterface
public interface RoleReader {
    /** Reads no role: every role typed is left to {@link RoleFinder}'s reading of its words. */
    RoleReader NONE = typed -> Reading.NO_ROLE;

    /**
     * What a role typed names: one guide's role ({@code guide}), a role no guide has ({@code noGuide}, with the ids
     * of the closest roles that have one, best first), or no one role ({@link #NO_ROLE}: generic words such as
     * "lead", a field without a head such as "ML platform", or several roles).
     */
    record Reading(Optional<String> guide, boolean noGuide, List<String> closest) {
        public static final Reading NO_ROLE = new Reading(Optional.empty(), false, List.of());

        public Reading {
            closest = List.copyOf(closest);
        }

        public static Reading named(String guide) {
            return new Reading(Optional.of(guide), false, List.of());
        }

        public static Reading withNoGuide(List<String> closest) {
            return new Reading(Optional.empty(), true, closest);
        }
    }

    Reading read(String typed);
}
