package careercoach.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question naming a guide's role is ranked by what it asks about the role: the "the role" said in the role's
 * place does not pull the sections that happen to say "role" most (career progression, overview) ahead, and
 * snippets do not bold it; and a vote of the closest labelled questions that nearly all ask the same thing outweighs a
 * rare word that a section of another kind mentions.
 */
class NamedRoleRankingTest {
    private static GuideSearch search;

    @BeforeAll
    static void build() throws Exception {
        search = MultiGuideSearches.shared();
    }


    @Test
    void search_nextStepsTowardANamedRoleAreItsNextSteps() {
        Answer answer = search.search("next steps to become a backend lead", Optional.empty(), 3);
        assertTrue(answer.answered());
        Hit best = answer.best().orElseThrow();
        assertEquals("backend-engineering-lead-microservices", best.guideId());
        assertEquals("next-steps", best.sectionId(), answer.hits().toString());
    }

    @Test
    void search_whatNewcomersGetWrongIsTheSkillGapsThoughAnotherSectionSaysTheWord() {
        // Nearly every close labelled question asks what people new to a role get wrong; the responsibilities
        // section's "when a release goes wrong" do not outweigh that consensus.
        Answer answer = search.search("what do brand new mobile leads tend to get wrong", Optional.empty(), 3);
        assertTrue(answer.answered());
        Hit best = answer.best().orElseThrow();
        assertEquals("mobile-engineering-lead-ios-android", best.guideId());
        assertEquals("skill-gaps", best.sectionId(), answer.hits().toString());
    }

    @Test
    void search_snippetsDoNotBoldARoleTheAskerNeverWrote() {
        Answer answer = search.search("next steps to become a backend lead", Optional.empty(), 3);
        answer.hits().forEach(h -> assertFalse(h.snippet().toLowerCase().contains("*role"), h.snippet()));
    }

    @Test
    void search_aRoleWithNoGuideAskedAboutBesideAGuidesRoleIsRankedByItsWords() {
        // No move between them: "head of QA" is where the QA lead may go, the question's subject, not the move
        // taken out whole that left only "goes next?" (next steps by its title).
        for (String question : new String[]{"head of QA - is that where a QA lead goes next?",
                "is CTO where a backend lead ends up?"}) {
            Answer answer = search.search(question, Optional.empty(), 3);
            assertTrue(answer.answered(), question);
            assertEquals("career-progression", answer.best().orElseThrow().sectionId(), answer.hits().toString());
        }
    }

    @Test
    void search_theManyWordsOfAMoveAreTheMoveWhenAQuestionFollowsIt() {
        // Ten words between the roles say the move, not what is asked, which follows the role headed for: left in,
        // "hoping to move across to the mobile side as a" ranked career progression ahead of what people struggle
        // with.
        for (String question : new String[]{
                "QA lead hoping to move across to the mobile side as a mobile lead, where will I struggle"}) {
            Answer answer = search.search(question, Optional.empty(), 3);
            assertTrue(answer.answered(), question);
            Hit best = answer.best().orElseThrow();
            assertEquals("skill-gaps", best.sectionId(), question + " " + answer.hits());
        }
    }
}
