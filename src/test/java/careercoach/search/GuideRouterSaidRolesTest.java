package careercoach.search;

import careercoach.guide.Guide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles said the way people say them, with guides that list no aliases: initials for a run of a title's words
 * ("ML platform lead"), compounds split or hyphenated ("front-end lead"), a title word a letter off ("fronted
 * lead"), and roles no guide has said whole ("SRE lead", "dx lead").
 */
class GuideRouterSaidRolesTest {
    /** Words of the tokenizer's vocabulary these questions hold (what is not here is no English word). */
    static final Predicate<String> ENGLISH = Set.of("ml", "fe", "de", "me", "pm", "am", "it", "us", "be",
            "fronted", "front", "end", "wat", "what", "does", "a", "an", "lead", "salary", "skills", "for", "how",
            "do", "i", "become", "data", "scientist", "earn", "next", "steps", "pay", "good", "is", "the", "my",
            "platform", "learning", "machine", "we", "need", "at", "to", "backed", "by", "team", "who", "of",
            "frontend", "m", "s", "developer", "experience", "web", "engineering", "backend")::contains;
    private static final List<Guide> GUIDES = List.of(
            new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
            new Guide("ml", "Machine Learning Platform Lead", "Career Guide", List.of()),
            new Guide("frontend", "Frontend Engineering Lead (Web)", "Career Guide", List.of()),
            new Guide("devex", "Developer Experience Lead", "Career Guide", List.of()));
    private final GuideRouter router = new GuideRouter(GUIDES, ENGLISH, true);

    private Optional<String> route(String question) {
        return router.route(question, Optional.empty());
    }

    @Test
    void initialsForPartOfATitle_theRestSaidInFull_nameTheGuide() {
        assertEquals(Optional.of("ml"), route("ML platform lead salary"));
        assertEquals(Optional.of("ml"), route("skills for an ML platform lead"));
        assertEquals(Optional.of("ml"), route("ML PLATFORM LEAD SKILLS"));
        assertEquals(Optional.of("ml"), route("I'm a data scientist, how do I become an ML platform lead"));
    }

    @Test
    void initialsForPartOfATitle_keepTheSafeguards() {
        // Initials that are an English word, in lower case: followed by the rest of the name, the name.
        assertEquals(Optional.of("ml"), route("ml platform lead salary"));
        // Followed by the head alone, they stay a word: "let me lead" is no "ME lead".
        GuideRouter mobile = new GuideRouter(List.of(
                new Guide("mobile", "Mobile Engineering Lead", "Career Guide", List.of()),
                new Guide("ml", "Machine Learning Platform Lead", "Career Guide", List.of())), ENGLISH, true);
        assertTrue(mobile.routed("my boss wants to let me lead the platform team", Optional.empty()).guide()
                .filter("mobile"::equals).isEmpty());
        // Initials two guides give with the same word after them name neither.
        GuideRouter shared = new GuideRouter(List.of(
                new Guide("data", "Data Engineering Platform Lead", "Career Guide", List.of()),
                new Guide("design", "Design Engineering Platform Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(List.of("platform", "lead"), shared.mentions("DE platform lead salary").get(0).words());
        // Initials that usually stand for other words are not taken: "ML" is machine learning.
        GuideRouter lab = new GuideRouter(List.of(
                new Guide("lab", "Mobile Lab Platform Lead", "Career Guide", List.of()),
                new Guide("data", "Data Engineering Lead", "Career Guide", List.of())), ENGLISH, true);
        assertTrue(lab.routed("ML platform lead salary", Optional.empty()).guide().isEmpty());
    }

    @Test
    void aCompoundSplitOrHyphenated_isTheTitlesOneWord() {
        assertEquals(Optional.of("frontend"), route("what does a front-end lead earn"));
        assertEquals(Optional.of("frontend"), route("front end lead skills"));
        assertEquals(Optional.of("backend"), route("what does a back-end lead earn"));
    }

    @Test
    void aTitleOfTwoWords_isSaidAsOne() {
        GuideRouter split = new GuideRouter(List.of(
                new Guide("frontend", "Front-End Lead", "Career Guide", List.of()),
                new Guide("ml", "Machine Learning Platform Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(Optional.of("frontend"), split.route("what does a frontend lead earn", Optional.empty()));
        assertEquals(Optional.of("frontend"), split.route("front end lead skills", Optional.empty()));
    }

    @Test
    void aTitleWordALetterOff_beforeTheHead_isThatWord() {
        assertEquals(Optional.of("frontend"), route("fronted lead skills"));
        assertEquals(Optional.of("frontend"), route("wat does a fronted lead earn"));
        // Elsewhere an English word stays itself: "backed by" is no backend.
        assertEquals(Optional.empty(), router.routed("we need to be backed by the team", Optional.empty())
                .missingRole());
    }

    @Test
    void aRoleWithNoGuide_isNamedAsSaid_withTheClosestRoles() {
        GuideRouter.Route sre = router.routed("how do I become an SRE lead", Optional.empty());
        assertEquals(Optional.of("SRE lead"), sre.missingRole());
        assertTrue(sre.guide().isEmpty());
        assertEquals(3, sre.closest().size(), sre.closest().toString());
    }

    @Test
    void anUnknownShortName_beforeAHead_isARoleWithNoGuide() {
        GuideRouter.Route dx = router.routed("dx lead skills", Optional.empty());
        assertEquals(Optional.of("dx lead"), dx.missingRole());
        assertTrue(dx.guide().isEmpty());
        GuideRouter.Route dxp = router.routed("dxp lead next steps", Optional.empty());
        assertEquals(Optional.of("dxp lead"), dxp.missingRole());
        // "fe" is an English word: in lower case, no role; in capitals, the initials of "Frontend Engineering".
        assertEquals(Optional.empty(), router.routed("fe lead pay", Optional.empty()).missingRole());
        assertEquals(Optional.of("frontend"), route("FE lead pay"));
        // A lead in general, or one the asker knows, is still no role.
        assertEquals(Optional.empty(), router.routed("what does a good lead do", Optional.empty()).missingRole());
        assertEquals(Optional.empty(), router.routed("my lead is never at standups", Optional.empty())
                .missingRole());
    }

    @Test
    void aClippedCompound_theFirstLettersOfATitlesWordsRunTogether_namesThatGuide() {
        assertEquals(Optional.of("devex"), route("devex lead salary"));
        assertEquals(Optional.of("devex"), route("what does a DevEx lead do"));
        assertEquals(Optional.of("devex"), route("I'm a backend lead, how do I become a devex lead"));
        GuideRouter ops = new GuideRouter(List.of(
                new Guide("secops", "Security Operations Lead", "Career Guide", List.of()),
                new Guide("infosec", "Information Security Manager", "Career Guide", List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(Optional.of("secops"), ops.route("SecOps lead skills", Optional.empty()));
        assertEquals(Optional.of("infosec"), ops.route("what does an infosec manager earn", Optional.empty()));
    }

    @Test
    void aClippedCompound_keepsTheSafeguards() {
        // Letters of one word each ("dx") are no clipped compound: a role with no guide, as before.
        assertEquals(Optional.of("dx lead"), router.routed("dx lead skills", Optional.empty()).missingRole());
        // A word of the vocabulary is itself, though a title's words start with its letters ("fronted").
        GuideRouter english = new GuideRouter(List.of(
                new Guide("devex", "Developer Experience Lead", "Career Guide", List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of())),
                Set.of("devex", "lead", "salary")::contains, true);
        assertTrue(english.route("devex lead salary", Optional.empty()).filter("devex"::equals).isEmpty());
        // A word a letter off a title's word is that word, though a run of a title's words starts with its letters.
        GuideRouter typo = new GuideRouter(List.of(
                new Guide("language", "Language Education Designer", "Career Guide", List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(Optional.of("backend"), typo.route("what does a backend laed earn", Optional.empty()));
        // Two titles' different words cut alike name neither.
        GuideRouter two = new GuideRouter(List.of(
                new Guide("devex", "Developer Experience Lead", "Career Guide", List.of()),
                new Guide("devexchange", "Device Exchange Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(Optional.empty(), two.route("devex lead salary", Optional.empty()));
        // Without a vocabulary no word is taken for a clipped compound.
        assertTrue(new GuideRouter(GUIDES).route("devex lead salary", Optional.empty()).isEmpty());
    }

    @Test
    void initialsBeforeALaterWordOfTheTitle_theWordsBetweenLeftOut_nameTheGuide() {
        GuideRouter ml = new GuideRouter(List.of(
                new Guide("ml", "Machine Learning Engineering Lead (Routing & Forecasting)", "Career Guide", List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(Optional.of("ml"), ml.route("what is the ML lead for routing responsible for", Optional.empty()));
        assertEquals(Optional.of("ml"), ml.route("ML lead (routing & forecasting) salary", Optional.empty()));
        // Two titles whose initials stand for other words before that word name neither.
        GuideRouter two = new GuideRouter(List.of(
                new Guide("data", "Data Engineering Platform Lead", "Career Guide", List.of()),
                new Guide("design", "Design Experience Platform Lead", "Career Guide", List.of())), ENGLISH, true);
        assertTrue(two.mentions("what does a DE lead earn").stream()
                .noneMatch(m -> m.words().contains("data") || m.words().contains("design")));
    }

    @Test
    void anArrowBetweenTwoRoles_isAMoveToTheSecond() {
        GuideRouter ml = new GuideRouter(List.of(
                new Guide("ml", "Machine Learning Engineering Lead (Routing & Forecasting)", "Career Guide", List.of()),
                new Guide("backend", "Backend Engineering Lead", "Career Guide", List.of()),
                new Guide("devex", "Developer Experience Lead", "Career Guide", List.of())), ENGLISH, true);
        assertEquals(Optional.of("ml"), ml.route("backend lead -> ML lead (routing & forecasting), where do I start",
                Optional.empty()));
        assertEquals(Optional.of("backend"), ml.route("devex lead => backend lead: what skills", Optional.empty()));
        assertEquals(Optional.of("devex"), ml.route("backend lead \u2192 devex lead, how's the pay", Optional.empty()));
    }

    @Test
    void opsSaidForOperations_namesTheGuideWhoseTitleSaysOperations() {
        GuideRouter router = new GuideRouter(List.of(
                new Guide("backend", "Backend Engineering Lead (Microservices)", "Career Guide", List.of()),
                new Guide("liveops", "Engineering Manager (Live Operations)", "Career Guide", List.of()),
                new Guide("gameplay", "Gameplay Engineering Lead", "Career Guide", List.of())), ENGLISH, true);
        for (String question : List.of("live ops engineering manager pay", "common mistakes of live ops EMs",
                "live ops lead skills", "moving from QA lead to live ops engineering manager, skills needed")) {
            GuideRouter.Route route = router.routed(question, Optional.empty());
            assertEquals(Optional.of("liveops"), route.guide(), question);
            assertTrue(route.missingRole().isEmpty(), question);
        }
        // Where no guide is about operations, an ops lead is still a role with no guide.
        GuideRouter.Route ops = this.router.routed("ops lead salary", Optional.empty());
        assertEquals(Optional.of("ops lead"), ops.missingRole());
    }
}
