package careercoach.coach;

import careercoach.coach.ConversationEvent.Answer;
import careercoach.coach.ConversationEvent.Skip;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    /** Runs a conversation to its end with the given answers (null = skip). */
    static Conversation finished(ConversationKind kind, String... answers) {
        Conversation c = ConversationEngine.start("c-" + kind, "T1", "U1", FixtureGuide.GUIDE, kind, T0);
        for (String answer : answers) {
            ConversationEvent event = answer == null ? new Skip(c.step(), c.version())
                    : new Answer(c.step(), c.version(), answer);
            c = ((Transition.Accepted) ConversationEngine.apply(c, event, T0)).conversation();
        }
        return c;
    }

    @Test
    void skillCheckResult_splitsStrengthsAndGapsWeakestFirstWithTheGuidesActions() {
        Conversation c = finished(ConversationKind.SKILL_CHECK, "SOME_EXPOSURE", "COULD_TEACH", "NEW_TO_IT");

        SkillCheckResult result = SkillCheckResult.of(c, FixtureGuide.GUIDE);

        assertEquals(List.of("Data consistency"), result.strengths().stream().map(SkillCheckResult.RatedSkill::label).toList());
        assertEquals(List.of("Leading through influence", "Observability"),
                result.gaps().stream().map(g -> g.skill().label()).toList());
        assertEquals(List.of(
                        new Plan.Entry("next-steps/portfolio", "Build a leadership portfolio"),
                        new Plan.Entry("next-steps/case-study", "Write a system design case study")),
                result.gaps().get(0).actions());
    }

    @Test
    void skillCheckResult_skippedSkills_areNeitherStrengthNorGap() {
        SkillCheckResult result = SkillCheckResult.of(finished(ConversationKind.SKILL_CHECK, null, "PRACTISED", null),
                FixtureGuide.GUIDE);

        assertEquals(List.of("Observability", "Leading through influence"), result.skipped());
        assertTrue(result.gaps().isEmpty());
    }

    @Test
    void plan_listsEachActionOfTheTopGapsOnceInGapOrder() {
        Conversation c = finished(ConversationKind.SKILL_CHECK, "SOME_EXPOSURE", "NEW_TO_IT", "NEW_TO_IT");

        Plan plan = SkillCheckResult.of(c, FixtureGuide.GUIDE).plan("T1", "U1");

        assertEquals(List.of("next-steps/case-study", "next-steps/portfolio", "next-steps/run-on-call",
                        "development-suggestions/own-a-service"),
                plan.entries().stream().map(Plan.Entry::ref).toList());
        assertEquals(Plan.Source.SKILL_CHECK, plan.source());
        assertEquals("fixture-lead", plan.guideId());
    }

    @Test
    void walkResult_remainingIsWhatIsNeitherDoneNorIrrelevant() {
        Conversation c = finished(ConversationKind.STEPS_WALK, "DONE", null, "IN_PROGRESS");

        WalkResult result = WalkResult.of(c, FixtureGuide.GUIDE);

        assertEquals(List.of("Write a system design case study"), result.done());
        assertEquals(List.of(
                        new Plan.Entry("next-steps/run-on-call", "Run the on-call rotation"),
                        new Plan.Entry("next-steps/portfolio", "Build a leadership portfolio")),
                result.remaining());
        assertEquals(result.remaining(), result.plan("T1", "U1", T0).entries());
    }

    @Test
    void walkResult_notRelevant_isSetAside() {
        WalkResult result = WalkResult.of(finished(ConversationKind.STEPS_WALK, "NOT_RELEVANT", "NOT_YET", "DONE"),
                FixtureGuide.GUIDE);

        assertEquals(List.of("Write a system design case study"), result.notRelevant());
        assertEquals(1, result.remaining().size());
    }

    @Test
    void progressReport_namesEachSkillRatedDifferently() {
        Conversation before = finished(ConversationKind.SKILL_CHECK, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        Conversation after = finished(ConversationKind.SKILL_CHECK, "PRACTISED", "SOME_EXPOSURE", "SOME_EXPOSURE");

        ProgressReport report = ProgressReport.of(after, Optional.of(before), FixtureGuide.GUIDE);

        assertEquals(List.of(
                        new ProgressReport.Change("Observability", Rating.NEW_TO_IT, Rating.PRACTISED),
                        new ProgressReport.Change("Data consistency", Rating.PRACTISED, Rating.SOME_EXPOSURE)),
                report.changes());
        assertTrue(report.changes().get(0).improved());
    }

    @Test
    void progressReport_firstCheck_hasNoPreviousAndNoChanges() {
        ProgressReport report = ProgressReport.of(finished(ConversationKind.SKILL_CHECK, "NEW_TO_IT", null, null),
                Optional.empty(), FixtureGuide.GUIDE);

        assertTrue(report.previous().isEmpty());
        assertTrue(report.changes().isEmpty());
    }
}
