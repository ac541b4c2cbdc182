package careercoach.slack;

import careercoach.guide.RoleFinder;

/**
 * The one wording for a role typed to {@code /career role}, {@code compare} or {@code check} that found no guide:
 * "There is no guide for *data scientist* yet" where what was typed is a role no guide has, else "No single guide
 * matches _astronaut_", followed by the closest roles when there are any.
 */
public final class NoGuideWording {
    private NoGuideWording() {
    }

    /**
     * @param found      what the role typed found: no guide
     * @param anyClosest whether the closest roles follow this line
     * @param whenNone   said after it when no closest role follows (empty for nothing)
     */
    public static String line(String typed, RoleFinder.Found found, boolean anyClosest, String whenNone) {
        String asked = Mrkdwn.literal(Mrkdwn.truncate(typed.strip(), 200));
        if (found.roleWithNoGuide()) {
            return "There is no guide for *" + asked + "* yet."
                    + (anyClosest ? " The closest roles with a guide:" : whenNone);
        }
        return "No single guide matches _" + asked + "_." + (anyClosest ? " The closest roles:" : whenNone);
    }
}
