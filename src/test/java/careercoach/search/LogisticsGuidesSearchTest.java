package careercoach.search;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A logistics company's own guides (one with aliases) beside the shipped backend guide, nobody's guide chosen:
 * roles said in the short forms people use find their guide, and the section asked about comes first.
 */
class LogisticsGuidesSearchTest extends OrganisationGuidesSearch {
    @Override
    String folder() {
        return "outside-guides-5";
    }

    @Test
    void search_aClippedCompoundOfATitleNamesItsGuide() {
        assertEquals("developer-experience-lead:salary-and-demand", best("what does a devex lead earn"));
        assertEquals("developer-experience-lead:top-skills", best("top skills of a DevEx lead"));
    }

    @Test
    void search_anArrowIsAMoveToTheRoleAfterIt() {
        assertEquals("ml-engineering-lead-routing-forecasting:top-skills",
                best("senior ML engineer => ML lead (routing & forecasting): which skills matter"));
        assertEquals("engineering-manager-warehouse-systems:where-people-trip-up",
                best("devex lead \u2192 EM (warehouse systems), what do people get wrong"));
    }

    @Test
    void search_initialsBeforeTheHeadOfTheirTitle_theWordBetweenLeftOut_nameTheGuide() {
        assertEquals("ml-engineering-lead-routing-forecasting:salary-and-demand",
                best("ML lead (routing & forecasting) salary"));
    }
}
