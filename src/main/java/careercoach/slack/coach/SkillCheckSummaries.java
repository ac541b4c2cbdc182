package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.ProgressReport;
import careercoach.coach.SkillCheckResult;
import careercoach.slack.Mrkdwn;

import java.util.List;
import java.util.Optional;

/** The latest skill-gap result of a user, as one short mrkdwn text for the App Home. */
@FunctionalInterface
public interface SkillCheckSummaries {

    Optional<String> latest(String teamId, String userId);

    SkillCheckSummaries NONE = (teamId, userId) -> Optional.empty();

    /** The latest finished check of the coach: its top gaps and strengths, by the guide's labels. */
    public static SkillCheckSummaries of(Coach coach) {
        return of(coach, (teamId, userId, checked) -> Optional.empty());
    }

    /**
     * As above, first saying which role the check was for when {@code otherRole} names one: a check made before the
     * person chose another guide is not that guide's.
     */
    public static SkillCheckSummaries of(Coach coach, OtherRole otherRole) {
        return (teamId, userId) -> coach.progress(teamId, userId).map(ProgressReport::latest).map(result -> {
            StringBuilder text = new StringBuilder();
            otherRole.title(teamId, userId, result).ifPresent(title -> text.append(otherRoleNote(title))
                    .append('\n'));
            List<String> gaps = result.gaps().stream().limit(SkillCheckResult.PLAN_GAPS)
                    .map(g -> Mrkdwn.escape(g.skill().label())).toList();
            List<String> strengths = result.strengths().stream().limit(3)
                    .map(s -> Mrkdwn.escape(s.label())).toList();
            text.append(gaps.isEmpty() ? "No gaps found." : "Top gaps: " + String.join(" · ", gaps));
            if (!strengths.isEmpty()) {
                text.append("\nStrengths: ").append(String.join(" · ", strengths));
            }
            return text.toString();
        });
    }

    /** The title of a check's guide when it is not the one the person reads now; empty when it is. */
    @FunctionalInterface
    interface OtherRole {
        Optional<String> title(String teamId, String userId, SkillCheckResult checked);
    }

    /** "For *Backend Engineering Lead*, not your guide now". */
    static String otherRoleNote(String title) {
        return "For *" + Mrkdwn.escape(title) + "*, not your guide now";
    }
}
