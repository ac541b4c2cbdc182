package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Follow-ups read against a thread's last question, over a search stand-in that records what it was asked. */
class FollowUpsTest {
    private static final String BACKEND = "backend";
    private static final String MOBILE = "mobile";
    private static final String SECURITY = "security";
    private static final String ITEMS = "items";

    private record Asked(String question, Optional<String> guideId) {
    }

    private final List<Asked> asked = new ArrayList<>();

    /** Answers from the guide it is asked in, or the mobile guide when the question names mobile leads. */
    private Answer search(String question, Optional<String> guideId, int limit) {
        asked.add(new Asked(question, guideId));
        String guide = question.contains("mobile") ? MOBILE : guideId.orElse(BACKEND);
        boolean answered = !question.contains("weather");
        return new Answer(question, answered, answered ? "" : "outside the guides", Optional.empty(),
                List.of(new Hit(guide, "overview", "Overview", "About the role.", 2.0),
                        new Hit(guide, "top-skills", "Top skills", "Skills.", 1.0)));
    }

    private static Optional<Guide> guide(String id) {
        if (id.equals(SECURITY)) {
            // A guide of its own section ids, their kinds named by their titles.
            return Optional.of(new Guide(id, "Security lead", "", List.of(
                    new Section("the-job", "About the job", "The job. More.", null, null, null, null),
                    new Section("pay-and-market", "Pay and market", "The pay. More.", null, null, null, null),
                    new Section("what-to-learn", "What to learn", "Learn this. More.", null, null, null, null,
                            Optional.of("development-suggestions")))));
        }
        List<Section> sections = new ArrayList<>();
        for (String section : List.of("overview", "top-skills", "salary-and-demand", "development-suggestions",
                "next-steps", "companies-hiring")) {
            sections.add(new Section(section, section + " title", "The text of " + section + ". More.", List.of(),
                    List.of(), List.of(), List.of()));
        }
        return Optional.of(new Guide(id, id + " lead", "", sections));
    }

    private final FollowUps followUps = new FollowUps(this::search, FollowUpsTest::guide);

    private static Optional<LastQuestion> last(String question, String guide, String section) {
        return Optional.of(new LastQuestion(question, guide, section, Instant.EPOCH));
    }

    private static String best(FollowUps.Resolved resolved) {
        Hit hit = resolved.answer().best().orElseThrow();
        return hit.guideId() + ":" + hit.sectionId();
    }

    @Test
    void answer_topicInAGuideOfItsOwnSectionIds_isTheSectionOfThatKind() {
        FollowUps.Resolved resolved = followUps.answer("and the pay?",
                last("what does a security lead do", SECURITY, "the-job"), Optional.empty(), 3);

        assertTrue(resolved.followUp());
        assertEquals("security:pay-and-market", best(resolved));
    }

    @Test
    void answer_anotherGuidesRole_isTheSectionOfTheLastOnesKindThere() {
        FollowUps.Resolved resolved = followUps.answer("and for mobile leads?",
                last("how much does a security lead make", SECURITY, "pay-and-market"), Optional.empty(), 3);

        assertEquals("mobile:salary-and-demand", best(resolved));
    }

    @Test
    void answer_withoutALastQuestion_isTheSearchInTheAskersGuide() {
        FollowUps.Resolved resolved = followUps.answer("more", Optional.empty(), Optional.of(BACKEND), 3);

        assertFalse(resolved.followUp());
        assertEquals(List.of(new Asked("more", Optional.of(BACKEND))), asked);
        assertEquals("backend:overview", best(resolved));
    }

    @Test
    void answer_aNewFullQuestion_isSearchedAlone() {
        FollowUps.Resolved resolved = followUps.answer("what do backend leads usually struggle with at work",
                last("backend lead salary", BACKEND, "salary-and-demand"), Optional.empty(), 3);

        assertFalse(resolved.followUp());
        assertEquals(Optional.empty(), asked.get(0).guideId());
    }

    @Test
    void answer_moreOrAnExample_isTheLastSectionAgain() {
        for (String message : List.of("more", "give me an example", "which of those first?", "and at senior level?")) {
            FollowUps.Resolved resolved = followUps.answer(message,
                    last("how much does it pay", BACKEND, "salary-and-demand"), Optional.empty(), 3);

            assertTrue(resolved.followUp(), message);
            assertTrue(resolved.answer().answered(), message);
            assertEquals("backend:salary-and-demand", best(resolved), message);
            assertEquals("The text of salary-and-demand.", resolved.answer().best().orElseThrow().snippet());
        }
    }

    @Test
    void answer_aSectionOfItemsTheSearchDidNotRank_showsItsFirstItemAsTheGuideWritesIt() {
        Item responsibility = new Item("lead", "", "", "Lead design and delivery of backend services", "", List.of());
        Item entry = new Item("entry", "Entry Level", "", "Not typical for lead roles", "~$130k base", List.of());
        Guide items = new Guide(ITEMS, "Items lead", "", List.of(
                new Section("key-responsibilities", "Key Responsibilities", "", List.of(responsibility), List.of(),
                        List.of(), List.of()),
                new Section("salary-and-demand", "Salary & Demand", "", List.of(), List.of(
                        new Group("median", "Median Salary Range", "", List.of(entry))), List.of(), List.of())));
        FollowUps overItems = new FollowUps(this::search, id -> Optional.of(items));

        Hit duties = overItems.answer("which of those first?", last("what does a lead do?", ITEMS,
                "key-responsibilities"), Optional.empty(), 3).answer().best().orElseThrow();
        Hit pay = overItems.answer("more", last("how much does it pay", ITEMS, "salary-and-demand"),
                Optional.empty(), 3).answer().best().orElseThrow();

        assertEquals("Lead design and delivery of backend services", duties.snippet());
        assertEquals("Median Salary Range: Entry Level (~$130k base): Not typical for lead roles", pay.snippet());
    }

    @Test
    void answer_aFollowUpWithATopic_isThatSectionOfTheLastGuide() {
        assertEquals("backend:salary-and-demand", best(followUps.answer("what about the pay",
                last("backend lead skills", BACKEND, "top-skills"), Optional.empty(), 3)));
        assertEquals("backend:development-suggestions", best(followUps.answer("how do I fix those?",
                last("backend lead skill gaps", BACKEND, "skill-gaps"), Optional.empty(), 3)));
        assertEquals("backend:companies-hiring", best(followUps.answer("who hires them?",
                last("backend lead skills", BACKEND, "top-skills"), Optional.empty(), 3)));
        assertEquals(Optional.of(BACKEND), asked.get(0).guideId(), "searched in the last question's guide");
    }

    @Test
    void answer_aFollowUpNamingAnotherRole_isTheLastSectionOfThatGuide() {
        FollowUps.Resolved resolved = followUps.answer("and for mobile leads?",
                last("what do they earn", BACKEND, "salary-and-demand"), Optional.empty(), 3);

        assertEquals("mobile:salary-and-demand", best(resolved));
    }

    @Test
    void answer_aRankedSection_keepsTheSearchsSnippetAndOtherHits() {
        FollowUps.Resolved resolved = followUps.answer("tell me more",
                last("top skills for a backend lead", BACKEND, "overview"), Optional.empty(), 3);

        assertEquals(List.of("top-skills", "overview"),
                resolved.answer().hits().stream().map(Hit::sectionId).toList());
        assertEquals("Skills.", resolved.answer().best().orElseThrow().snippet());
    }

    @Test
    void looksLikeFollowUp_shortOrPointingBack_butNeverThanks() {
        assertTrue(FollowUps.looksLikeFollowUp("more"));
        assertTrue(FollowUps.looksLikeFollowUp("what do they usually struggle with?"));
        assertTrue(FollowUps.looksLikeFollowUp("and what should I learn for that role later on?"));
        assertFalse(FollowUps.looksLikeFollowUp("thanks, bye"));
        assertFalse(FollowUps.looksLikeFollowUp(""));
        assertFalse(FollowUps.looksLikeFollowUp("how do I reset my password?"));
        assertFalse(FollowUps.looksLikeFollowUp("what does a data engineering lead earn in Berlin?"));
        // Keyboard mashing is no follow-up: it gets the "I don't have that" a fresh message gets, not the last answer.
        assertFalse(FollowUps.looksLikeFollowUp("asdkjh qwe zzz"));
        assertFalse(FollowUps.looksLikeFollowUp("x".repeat(50)));
        assertTrue(FollowUps.looksLikeFollowUp("and for k8s?"));
    }
}
