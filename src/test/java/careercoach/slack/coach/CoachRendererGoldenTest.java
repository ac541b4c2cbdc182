package careercoach.slack.coach;

import careercoach.slack.Golden;

import careercoach.coach.Conversation;
import careercoach.coach.ConversationEngine;
import careercoach.coach.ConversationEvent;
import careercoach.coach.ConversationKind;
import careercoach.coach.FixtureGuides;
import careercoach.coach.Plan;
import careercoach.coach.ProgressReport;
import careercoach.coach.SkillCheckResult;
import careercoach.coach.Transition;
import careercoach.coach.WalkResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoachRendererGoldenTest {
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private final CoachRenderer renderer = new CoachRenderer();

    private static Conversation run(ConversationKind kind, Instant at, String... answers) {
        Conversation c = ConversationEngine.start("c-" + at.getEpochSecond(), "T1", "U1", FixtureGuides.guide(), kind, at);
        for (String answer : answers) {
            ConversationEvent event = answer == null ? new ConversationEvent.Skip(c.step(), c.version())
                    : new ConversationEvent.Answer(c.step(), c.version(), answer);
            c = ((Transition.Accepted) ConversationEngine.apply(c, event, at)).conversation();
        }
        return c;
    }

    @Test
    void question_secondOfThree_showsProgressRatingsAndMoves() throws Exception {
        Golden.assertMatches("coach-question", renderer.question(run(ConversationKind.SKILL_CHECK, T0, "NEW_TO_IT"),
                FixtureGuides.guide()));
    }

    @Test
    void question_whoseItemWasRemovedFromTheGuideSince_namesItInWordsNotByItsId() {
        Conversation started = run(ConversationKind.SKILL_CHECK, T0);
        Conversation edited = new Conversation(started.id(), "T1", "U1", started.kind(), started.guideId(),
                java.util.List.of("skill-gaps/saying-no-to-requests"), java.util.Map.of(), started.status(), 0, 0,
                T0, T0);

        String shown = renderer.question(edited, FixtureGuides.guide()).toString();

        org.junit.jupiter.api.Assertions.assertFalse(shown.contains("skill-gaps/"), shown);
        org.junit.jupiter.api.Assertions.assertTrue(shown.contains("Saying no to requests"), shown);
    }

    @Test
    void question_firstOfAWalk_hasStatusesAndNoBack() throws Exception {
        Golden.assertMatches("coach-walk-question", renderer.question(run(ConversationKind.STEPS_WALK, T0),
                FixtureGuides.guide()));
    }

    @Test
    void resumeOffer_namesTheQuestionToResumeAt() throws Exception {
        Golden.assertMatches("coach-resume", renderer.resumeOffer(run(ConversationKind.SKILL_CHECK, T0, "NEW_TO_IT",
                "PRACTISED")));
    }

    @Test
    void skillResult_strengthsGapsActionsAndPlanButtons() throws Exception {
        Conversation c = run(ConversationKind.SKILL_CHECK, T0, "SOME_EXPOSURE", "COULD_TEACH", "NEW_TO_IT");
        Golden.assertMatches("coach-skill-result", renderer.skillResult(SkillCheckResult.of(c, FixtureGuides.guide()),
                c.kind()));
    }

    @Test
    void walkResult_listsWhatRemains() throws Exception {
        Conversation c = run(ConversationKind.STEPS_WALK, T0, "DONE", "NOT_YET", null);
        Golden.assertMatches("coach-walk-result", renderer.walkResult(WalkResult.of(c, FixtureGuides.guide())));
    }

    @Test
    void progress_showsTheLatestAndWhatChanged() throws Exception {
        Conversation before = run(ConversationKind.SKILL_CHECK, T0, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        Conversation after = run(ConversationKind.SKILL_CHECK, T0.plus(Duration.ofDays(20)), "PRACTISED", "SOME_EXPOSURE",
                "SOME_EXPOSURE");
        Golden.assertMatches("coach-progress", renderer.progress(Optional.of(
                ProgressReport.of(after, Optional.of(before), FixtureGuides.guide()))));
    }

    @Test
    void sharedPlan_saysWhoSharedItAndEscapesNothingItShouldNot() throws Exception {
        Plan plan = new Plan("T1", "U1", "fixture-lead", Plan.Source.SKILL_CHECK, T0,
                List.of(new Plan.Entry("next-steps/case-study", "Write a <b>case</b> study & review it")));
        Golden.assertMatches("coach-shared-plan", renderer.sharedPlan(plan, "U1", "Fixture Lead"));
    }

    @Test
    void forgotten_listsEachKindWithItsCountInPlainEnglish() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("skill check results", 1);
        deleted.put("saved plans", 2);
        deleted.put("shared checklists you were removed from", 1);
        deleted.put("remembered questions for follow-ups", 1);
        deleted.put("role choice", 1);

        assertEquals("Done. I deleted 1 skill check result, 2 saved plans, 1 remembered question for follow-ups and"
                + " 1 role choice, and removed you from 1 shared checklist.", renderer.forgotten(deleted));
        Map<String, Integer> removedOnly = new LinkedHashMap<>();
        removedOnly.put("shared checklists you were removed from", 2);
        removedOnly.put("unfinished workflow steps you were removed from", 1);
        assertEquals("Done. I removed you from 2 shared checklists and 1 unfinished workflow step.",
                renderer.forgotten(removedOnly));
        assertEquals("Done. I deleted 3 answer votes.", renderer.forgotten(Map.of("answer votes", 3)));
        assertEquals("Done. Nothing is stored about you now.", renderer.forgotten(Map.of()));
    }
}
