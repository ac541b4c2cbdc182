package careercoach.assistant;

import careercoach.guide.Guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prompts suggested when a person opens an assistant thread, at most {@link #MAX} (Slack shows four): "Continue
 * my skill check" when one is paused, "What's left on my checklist?" when they have open items, then questions their
 * guide answers well (of the sections it has, in the order below), and "Check my skills".
 */
public final class SuggestedPrompts {
    public static final int MAX = 4;
    public static final String CONTINUE_CHECK = "Continue my skill check";
    public static final String CHECKLIST = "What's left on my checklist?";
    public static final String CHECK_SKILLS = "Check my skills";
    /** The kinds of section whose questions are suggested, best known first, with the question asked of each. */
    private static final Map<String, String> QUESTIONS = questions("top-skills", "What skills do I need for this role?",
            "salary-and-demand", "What does this role pay?", "skill-gaps", "Where do people usually get stuck?",
            "next-steps", "What should I do next?", "career-progression", "Where can this role lead?");

    /** A prompt: what the person sees, and what is sent as their message when they pick it. */
    public record Prompt(String title, String message) {
    }

    /** What is known about the person when the thread starts. */
    public record Person(boolean pausedSkillCheck, boolean openChecklistItems, Guide guide) {
    }

    private SuggestedPrompts() {
    }

    public static List<Prompt> forPerson(Person person) {
        List<Prompt> prompts = new ArrayList<>();
        if (person.pausedSkillCheck()) {
            prompts.add(new Prompt(CONTINUE_CHECK, CONTINUE_CHECK));
        }
        if (person.openChecklistItems()) {
            prompts.add(new Prompt(CHECKLIST, CHECKLIST));
        }
        boolean offerCheck = !person.pausedSkillCheck();
        int questions = MAX - prompts.size() - (offerCheck ? 1 : 0);
        for (Map.Entry<String, String> question : QUESTIONS.entrySet()) {
            if (questions <= 0) {
                break;
            }
            if (person.guide().sectionOfKind(question.getKey()).isPresent()) {
                prompts.add(new Prompt(question.getValue(), question.getValue()));
                questions--;
            }
        }
        if (offerCheck) {
            prompts.add(new Prompt(CHECK_SKILLS, CHECK_SKILLS));
        }
        return List.copyOf(prompts.subList(0, Math.min(MAX, prompts.size())));
    }

    private static Map<String, String> questions(String... sectionsAndQuestions) {
        Map<String, String> questions = new LinkedHashMap<>();
        for (int i = 0; i < sectionsAndQuestions.length; i += 2) {
            questions.put(sectionsAndQuestions[i], sectionsAndQuestions[i + 1]);
        }
        return questions;
    }
}
