package careercoach.search;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation's own guides (no aliases, few keywords) beside the shipped backend guide, nobody's guide chosen:
 * a word only one guide holds decides the guide over the largest guide's generic words, and a question that names
 * a role and nothing else is answered from that role's guide.
 */
class OrganisationGuidesSearchTest extends OrganisationGuidesSearch {
    @Override
    String folder() {
        return "outside-guides-3";
    }

    @Test
    void search_toolsOnlyOneGuideNamesAreThatGuidesThoughTheLargestGuideSharesTheOtherWords() {
        assertEquals("technical-program-manager:top-skills", best("Smartsheet or Asana experience"));
        assertEquals("sre-manager:top-skills", best("Prometheus and Grafana alert design"));
        assertEquals("principal-engineer-payments:what-good-looks-like", best("chargebacks and 3-D Secure knowledge"));
    }

    @Test
    void search_aMoveBetweenRolesWithNothingElseAsksWhatTheTargetRoleDoes() {
        for (String question : new String[]{"from backend lead to SRE manager, what will I be doing",
                "from backend lead to SREM: what do they do"}) {
            Answer answer = search.search(question, Optional.empty(), 3);
            assertTrue(answer.answered(), question + ": " + answer.reason());
            assertEquals("sre-manager", answer.best().orElseThrow().guideId(), question);
        }
    }

    @Test
    void search_aTitlesQualifierSaidAfterTheRoleIsTheRoleNotWhatIsAsked() {
        // "Principal Engineer (Payments)": "payments" said after the role names it, it asks nothing of pay.
        assertEquals("principal-engineer-payments:what-good-looks-like", best("principal engineer payments skills"));
        assertEquals("principal-engineer-payments:pay-and-market", best("principal engineer payments salary"));
    }

    @Test
    void search_aKindsWordFindsTheSectionOfThatKindUnderAnOrganisationsOwnHeading() {
        // The responsibilities are titled "What you'll do"; the overview's text says "responsibilities".
        assertEquals("sre-manager:key-responsibilities", best("SRE manager responsibilities"));
        assertEquals("sre-manager:key-responsibilities", best("site reliability engineering manager duties"));
    }

    @Test
    void search_aBritishSpellingOfTheRoleNamesItAndIsNotRankedAsWords() {
        // "Technical Program Manager": "programme" is the title's "program", not career progression's words.
        assertEquals("technical-program-manager:top-skills", best("technical programme manager skills"));
        assertEquals("technical-program-manager:salary-and-demand",
                best("what does a technical programme manager earn"));
    }

    @Test
    void search_aRoleSaidByItsRankWithoutTheTitlesHeadIsAnsweredFromItsGuide() {
        // "Principal Engineer (Payments)" said "a principal", "a payments principal": the role, asked what it does,
        // not another guide's career path naming principals, nor the pay section's "payments".
        assertEquals("principal-engineer-payments", best("what does a principal do").split(":")[0]);
        String section = best("what does a payments principal do");
        assertTrue(section.equals("principal-engineer-payments:day-to-day")
                || section.equals("principal-engineer-payments:overview"), section);
        assertEquals("principal-engineer-payments:pay-and-market", best("what does a payments principal earn"));
    }

    @Test
    void search_aRankSaidAloneIsAnsweredFromTheGuidesWithThatHead() {
        // Two guides are managers'; the backend lead's guide, the largest, is not.
        // (Whether each is answered is the confidence's; the sections shown are these guides'.)
        for (String question : new String[]{"what do managers earn", "what are a manager's responsibilities",
                "manager pay range"}) {
            Answer answer = search.search(question, Optional.empty(), 3);
            assertTrue(!answer.hits().isEmpty(), question);
            String guide = answer.hits().get(0).guideId();
            assertTrue(guide.equals("sre-manager") || guide.equals("technical-program-manager"), question + ": " + guide);
        }
    }
}
