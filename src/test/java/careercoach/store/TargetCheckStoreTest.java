package careercoach.store;

import careercoach.MutableClock;
import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationEvent.Answer;
import careercoach.coach.ConversationKind;
import careercoach.coach.FixtureGuides;
import careercoach.coach.Plan;
import careercoach.coach.Rating;
import careercoach.coach.Transition;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A skill check toward another role, stored: pre-marked from the own check, kept apart in progress and plans. */
class TargetCheckStoreTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();
    private final Guide own = FixtureGuides.guide();
    /** Another role whose skills are the own guide's, so every question has its counterpart. */
    private final Guide target = new Guide("target-role", "Target Role", "", own.sections());
    /** The same skill when the names are equal. */
    private final Coach.SameSkills sameNames = (known, targets) -> targets.stream()
            .mapToInt(t -> known.stream().map(Item::name).toList().indexOf(t.name())).toArray();

    private Coach coach(Database database) {
        return new Coach(new GuideLibrary(List.of(own, target)), new JdbcConversations(database),
                new JdbcSavedPlans(database), clock, Coach.DEFAULT_EXPIRY, () -> "conv-" + ids.incrementAndGet());
    }

    private static Conversation finish(Coach coach, Conversation c, Rating rating) {
        Conversation state = c;
        while (state.isOpen()) {
            Transition t = coach.handle(state.id(), "T1", "U1", new Answer(state.step(), state.version(),
                    rating.name()));
            state = assertInstanceOf(Transition.Accepted.class, t).conversation();
        }
        return state;
    }

    @DatabaseTest
    void startToward_premarksTheOwnRatingsAndKeepsProgressAndPlansApart(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation ownCheck = coach.start("T1", "U1", own, ConversationKind.SKILL_CHECK).conversation();
        finish(coach, ownCheck, Rating.NEW_TO_IT);

        Conversation toward = assertInstanceOf(Coach.Start.Started.class, coach.startToward("T1", "U1", own, target,
                ConversationKind.SKILL_CHECK, sameNames, false)).conversation();

        assertEquals("target-role", toward.targetGuideId());
        assertEquals("target-role", toward.guideId());
        assertEquals(toward.total(), toward.answers().size(), "every question pre-marked");
        assertTrue(toward.answers().values().stream().allMatch(Rating.NEW_TO_IT.name()::equals));
        assertEquals(toward, coach.find(toward.id()).orElseThrow(), "stored with its target");

        clock.advance(java.time.Duration.ofMinutes(5));
        Conversation finished = finish(coach, coach.find(toward.id()).orElseThrow(), Rating.NEW_TO_IT);
        Plan plan = coach.planOf(finished.id(), "U1").orElseThrow();
        assertEquals("target-role", plan.targetGuideId());
        assertTrue(coach.savePlan(plan));
        assertEquals(plan.entries(), coach.latestPlanToward("T1", "U1", "target-role").orElseThrow().entries());
        assertTrue(coach.latestPlan("T1", "U1").isEmpty(), "the own-role plan is another");
        assertEquals(ownCheck.id(), coach.progress("T1", "U1").orElseThrow().latest().conversationId());
        assertEquals(finished.id(), coach.progressTowardRoles("T1", "U1").get(0).latest().conversationId());
    }

    @DatabaseTest
    void startToward_withoutAnOwnCheck_startsUnmarked_andAnOpenOwnCheckIsNotOfferedForIt(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation ownCheck = coach.start("T1", "U1", own, ConversationKind.SKILL_CHECK).conversation();
        coach.handle(ownCheck.id(), "T1", "U1", new Answer(0, 0, Rating.PRACTISED.name()));

        Coach.Start start = coach.startToward("T1", "U1", own, target, ConversationKind.SKILL_CHECK, sameNames, false);

        Conversation toward = assertInstanceOf(Coach.Start.Started.class, start).conversation();
        assertTrue(toward.answers().isEmpty());
        assertInstanceOf(Coach.Start.ResumeOffered.class, coach.start("T1", "U1", own, ConversationKind.SKILL_CHECK));
    }
}
