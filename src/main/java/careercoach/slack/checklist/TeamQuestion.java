package careercoach.slack.checklist;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A manager asking how the people they coach are doing ("how is my team doing?", "how are my reports getting on",
 * "any update on my team?", "who on my team is behind?", "is my team on track?"): answered from their team view,
 * not searched in a guide. The grammar is general English: a question about the state of "my team" (or "my
 * reports", "my people", …) as a whole, so a question about what to do with a team ("how do I grow my team?") is
 * still a question for the guide.
 */
final class TeamQuestion {
    /** Who the question is about: the asker's team, as a group. */
    private static final String TEAM = "my (?:whole |direct |own )?(?:team|reports|direct reports|directs|people"
            + "|engineers|group|squad|mentees)";
    /** How a group is doing, after "how is … ". */
    private static final String DOING = "(?: (?:doing|getting on|getting along|going|progressing|coming along"
            + "|tracking|moving|keeping up)(?: (?:ok|okay|well|alright|all right|so far))?)?";
    /** What a summary of a team's state is called. */
    private static final String STATE = "(?:status|progress|update|updates|summary|overview|news|state|standing)";

    private static final Pattern QUESTION = Pattern.compile(String.join("|",
            // how is my team doing / how are things with my reports / how's it going for my team
            "how(?:'s| is| are|'re)(?: (?:things|it|everything) (?:going )?(?:with|on|for|in))? " + TEAM + DOING,
            // what's the status of my team / give me an update on my reports / progress of my team
            "(?:(?:what(?:'s| is) |show me |give me |tell me |send me |get me |can i (?:get|have|see) |any )?(?:the |an? )?"
                    + "(?:quick |short |brief )?)?" + STATE + "(?: report)? (?:of|on|for|from|about) " + TEAM,
            // my team's status / my team status / my team's progress
            TEAM + "(?:'s|')? " + STATE,
            // is my team on track / are my reports behind / is my team doing ok
            "(?:is|are) " + TEAM + " (?:on track|behind|late|overdue|stuck|ok|okay|alright|all right"
                    + "|doing (?:ok|okay|well|alright|all right|fine))",
            // who on my team is behind / who in my team hasn't started / who of my reports is overdue
            "who (?:on|in|of|among) " + TEAM + " (?:is|are|'s) (?:behind|late|overdue|stuck|not started|on track)",
            "who (?:on|in|of|among) " + TEAM + " (?:has|have)(?:n't| not) (?:started|begun)"));

    /** Greetings and fillers around the question itself. */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:hi|hey|hello|ok|okay|so|quick question|"
            + "coach|career coach)[,:]?\\s+)+");
    private static final Pattern CLOSING = Pattern.compile("(?:,?\\s+(?:please|today|now|right now|at the moment"
            + "|these days|this week|lately|so far|overall))+$");

    private TeamQuestion() {
    }

    /** True when the whole message asks how the asker's team is doing. */
    static boolean asks(String text) {
        String question = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip()
                .replaceAll("[?!.\\s]+$", "");
        question = OPENING.matcher(question).replaceFirst("");
        question = CLOSING.matcher(question).replaceFirst("");
        return QUESTION.matcher(question).matches();
    }
}
