package careercoach.guide;

import java.util.List;

/** The section ids every guide may use; features look sections up by these. */
public final class SectionIds {
    public static final String OVERVIEW = "overview";
    public static final String KEY_RESPONSIBILITIES = "key-responsibilities";
    public static final String TOP_SKILLS = "top-skills";
    public static final String CAREER_PROGRESSION = "career-progression";
    public static final String SKILL_GAPS = "skill-gaps";
    public static final String DEVELOPMENT_SUGGESTIONS = "development-suggestions";
    public static final String SALARY_AND_DEMAND = "salary-and-demand";
    public static final String COMPANIES_HIRING = "companies-hiring";
    public static final String NEXT_STEPS = "next-steps";

    public static final List<String> ALL = List.of(OVERVIEW, KEY_RESPONSIBILITIES, TOP_SKILLS, CAREER_PROGRESSION,
            SKILL_GAPS, DEVELOPMENT_SUGGESTIONS, SALARY_AND_DEMAND, COMPANIES_HIRING, NEXT_STEPS);

    private SectionIds() {
    }
}
