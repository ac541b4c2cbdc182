package careercoach.store;

import careercoach.MutableClock;
import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ConversationEvent.Answer;
import careercoach.coach.ConversationEvent.Skip;
import careercoach.coach.ConversationEvent.Stop;
import careercoach.coach.ConversationKind;
import careercoach.coach.FixtureGuides;
import careercoach.coach.Plan;
import careercoach.coach.ProgressReport;
import careercoach.coach.Rating;
import careercoach.coach.Transition;
import careercoach.privacy.ForgetMe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoachStoreTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();

    private Coach coach(Database database) {
        return new Coach(FixtureGuides.library(), new JdbcConversations(database), new JdbcSavedPlans(database), clock,
                Coach.DEFAULT_EXPIRY, () -> "conv-" + ids.incrementAndGet());
    }

    private static Conversation accepted(Transition transition) {
        return assertInstanceOf(Transition.Accepted.class, transition).conversation();
    }

    private Conversation startCheck(Coach coach) {
        return assertInstanceOf(Coach.Start.Started.class,
                coach.start("T1", "U1", FixtureGuides.guide(), ConversationKind.SKILL_CHECK)).conversation();
    }

    @DatabaseTest
    void handle_everyAnswer_isStoredAndSurvivesARestart(TestDatabase db) {
        Conversation c = startCheck(coach(db.database()));
        accepted(coach(db.database()).handle(c.id(), c.teamId(), c.userId(), new Answer(0, 0, "NEW_TO_IT")));

        Coach afterRestart = coach(db.openAnother());
        Conversation resumed = afterRestart.find(c.id()).orElseThrow();

        assertEquals(1, resumed.step());
        assertEquals(1, resumed.version());
        assertEquals(Map.of("skill-gaps/observability", Rating.NEW_TO_IT), resumed.ratings());
        assertEquals(clock.instant(), resumed.updatedAt());
        accepted(afterRestart.handle(c.id(), c.teamId(), c.userId(), new Answer(1, 1, "PRACTISED")));
    }

    @DatabaseTest
    void handle_twoInstancesAlternatingClicks_keepOneConsistentConversation(TestDatabase db) {
        Coach one = coach(db.database());
        Coach two = coach(db.openAnother());
        Conversation c = startCheck(one);

        accepted(two.handle(c.id(), c.teamId(), c.userId(), new Answer(0, 0, "NEW_TO_IT")));
        accepted(one.handle(c.id(), c.teamId(), c.userId(), new Answer(1, 1, "PRACTISED")));
        Transition replayOnTwo = two.handle(c.id(), c.teamId(), c.userId(), new Answer(1, 1, "COULD_TEACH"));
        Conversation last = accepted(two.handle(c.id(), c.teamId(), c.userId(), new Answer(2, 2, "SOME_EXPOSURE")));

        assertInstanceOf(Transition.Stale.class, replayOnTwo);
        assertEquals(Conversation.Status.FINISHED, last.status());
        assertEquals(Map.of("skill-gaps/observability", Rating.NEW_TO_IT, "skill-gaps/consistency", Rating.PRACTISED,
                "skill-gaps/influence", Rating.SOME_EXPOSURE), one.find(c.id()).orElseThrow().ratings());
    }

    @DatabaseTest
    void handle_concurrentDoubleClickOnTwoInstances_exactlyOneWins(TestDatabase db) throws Exception {
        Coach one = coach(db.database());
        Coach two = coach(db.openAnother());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Conversation c = one.startAgain("T1", "U" + round, FixtureGuides.guide(), ConversationKind.SKILL_CHECK);
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Transition> clickOnOne = () -> {
                    together.await();
                    return one.handle(c.id(), c.teamId(), c.userId(), new Answer(0, 0, "PRACTISED"));
                };
                Callable<Transition> clickOnTwo = () -> {
                    together.await();
                    return two.handle(c.id(), c.teamId(), c.userId(), new Answer(0, 0, "NEW_TO_IT"));
                };
                List<Future<Transition>> results = pool.invokeAll(List.of(clickOnOne, clickOnTwo));

                long wins = 0;
                for (Future<Transition> result : results) {
                    wins += result.get() instanceof Transition.Accepted ? 1 : 0;
                }
                assertEquals(1, wins, "round " + round);
                Conversation stored = one.find(c.id()).orElseThrow();
                assertEquals(1, stored.version());
                assertEquals(1, stored.ratings().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void start_afterLeavingMidway_offersToResumeWhereTheUserWas(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation c = startCheck(coach);
        accepted(coach.handle(c.id(), c.teamId(), c.userId(), new Answer(0, 0, "NEW_TO_IT")));
        accepted(coach.handle(c.id(), c.teamId(), c.userId(), new Stop(1, 1)));

        Coach.Start again = coach(db.openAnother()).start("T1", "U1", FixtureGuides.guide(), ConversationKind.LONG_SKILL_CHECK);

        Conversation offered = assertInstanceOf(Coach.Start.ResumeOffered.class, again).conversation();
        assertEquals(c.id(), offered.id());
        assertEquals(2, offered.position());
        assertEquals(3, offered.total());
    }

    @DatabaseTest
    void start_afterTheExpiry_startsAfreshAndTheOldOneIsGone(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation old = startCheck(coach);
        accepted(coach.handle(old.id(), old.teamId(), old.userId(), new Answer(0, 0, "NEW_TO_IT")));
        clock.advance(Coach.DEFAULT_EXPIRY);

        assertInstanceOf(Transition.Expired.class, coach.handle(old.id(), old.teamId(), old.userId(), new Answer(1, 1, "NEW_TO_IT")));
        Conversation fresh = startCheck(coach);

        assertEquals(0, fresh.step());
        assertInstanceOf(Transition.Gone.class, coach.handle(old.id(), old.teamId(), old.userId(), new Answer(1, 1, "NEW_TO_IT")));
    }

    @DatabaseTest
    void startAgain_dropsTheLeftConversation(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation old = startCheck(coach);
        accepted(coach.handle(old.id(), old.teamId(), old.userId(), new Answer(0, 0, "NEW_TO_IT")));

        Conversation fresh = coach.startAgain("T1", "U1", FixtureGuides.guide(), ConversationKind.SKILL_CHECK);

        assertEquals(Optional.empty(), coach.find(old.id()));
        assertEquals(Optional.of(fresh), coach.find(fresh.id()));
    }

    @DatabaseTest
    void start_walkWhileACheckIsOpen_startsTheWalkAndKeepsTheCheck(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation check = startCheck(coach);
        accepted(coach.handle(check.id(), check.teamId(), check.userId(), new Answer(0, 0, "NEW_TO_IT")));

        Coach.Start walk = coach.start("T1", "U1", FixtureGuides.guide(), ConversationKind.STEPS_WALK);

        assertInstanceOf(Coach.Start.Started.class, walk);
        assertTrue(coach.find(check.id()).isPresent());
    }

    @DatabaseTest
    void progress_comparesTheLatestTwoFinishedChecks(TestDatabase db) {
        Coach coach = coach(db.database());
        finishCheck(coach, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        clock.advance(Duration.ofDays(30));
        finishCheck(coach, "PRACTISED", "PRACTISED", null);

        ProgressReport report = coach.progress("T1", "U1").orElseThrow();

        assertEquals(List.of(new ProgressReport.Change("Observability", Rating.NEW_TO_IT, Rating.PRACTISED)),
                report.changes());
        assertEquals(List.of("Leading through influence"), report.latest().skipped());
        assertTrue(coach.progress("T1", "U2").isEmpty());
    }

    @DatabaseTest
    void latestPlan_isTheLastSaved(TestDatabase db) {
        Coach coach = coach(db.database());
        Instant t = clock.instant();
        coach.savePlan(new Plan("T1", "U1", "fixture-lead", Plan.Source.SKILL_CHECK, t,
                List.of(new Plan.Entry("next-steps/case-study", "Write a case study"))));
        coach.savePlan(new Plan("T1", "U1", "fixture-lead", Plan.Source.STEPS_WALK, t,
                List.of(new Plan.Entry("next-steps/portfolio", "Build a portfolio"))));

        Plan latest = coach(db.openAnother()).latestPlan("T1", "U1").orElseThrow();

        assertEquals(Plan.Source.STEPS_WALK, latest.source());
        assertEquals(List.of(new Plan.Entry("next-steps/portfolio", "Build a portfolio")), latest.entries());
        assertEquals(t, latest.createdAt());
        assertTrue(coach.latestPlan("T1", "U2").isEmpty());
    }

    @DatabaseTest
    void sharePlan_letsOnlyTheChosenViewerSeeTheLatestPlan(TestDatabase db) {
        Coach coach = coach(db.database());
        finishCheck(coach, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        String finished = new JdbcConversations(db.database()).finishedChecks("T1", "U1", 1).get(0).id();

        Plan shared = coach.sharePlan(finished, "U1", "UMGR").orElseThrow();

        assertEquals(Optional.of(shared), coach.planVisibleTo("T1", "U1", "UMGR"));
        assertEquals(Optional.of(shared), coach.planVisibleTo("T1", "U1", "U1"));
        assertEquals(Optional.empty(), coach.planVisibleTo("T1", "U1", "UOTHER"));
        assertEquals(Optional.empty(), coach.sharePlan(finished, "UOTHER", "UMGR"));
    }

    @DatabaseTest
    void sharePlan_isASnapshot_aLaterPlanStaysPrivateAndRevokingHidesTheShared(TestDatabase db) {
        Coach coach = coach(db.database());
        finishCheck(coach, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        String finished = new JdbcConversations(db.database()).finishedChecks("T1", "U1", 1).get(0).id();
        Plan shared = coach.sharePlan(finished, "U1", "UMGR").orElseThrow();

        Plan later = new Plan("T1", "U1", "fixture-lead", Plan.Source.STEPS_WALK, clock.instant(),
                List.of(new Plan.Entry("next-steps/private", "Something I keep to myself")));
        coach.savePlan(later);

        assertEquals(Optional.of(later), coach.planVisibleTo("T1", "U1", "U1"));
        assertEquals(Optional.of(shared), coach.planVisibleTo("T1", "U1", "UMGR"));
        assertEquals(List.of("UMGR"), coach.sharesBy("T1", "U1").stream().map(s -> s.viewerId()).toList());

        assertTrue(coach.revokeShare("T1", "U1", "UMGR"));

        assertEquals(Optional.empty(), coach.planVisibleTo("T1", "U1", "UMGR"));
        assertTrue(coach.sharesBy("T1", "U1").isEmpty());
        assertEquals(Optional.of(later), coach.latestPlan("T1", "U1"));
    }

    @DatabaseTest
    void savePlan_withoutSteps_neverReplacesTheSavedPlan(TestDatabase db) {
        Coach coach = coach(db.database());
        Plan useful = new Plan("T1", "U1", "fixture-lead", Plan.Source.SKILL_CHECK, clock.instant(),
                List.of(new Plan.Entry("next-steps/a", "Do a")));
        coach.savePlan(useful);

        assertFalse(coach.savePlan(new Plan("T1", "U1", "fixture-lead", Plan.Source.SKILL_CHECK, clock.instant(),
                List.of())));

        assertEquals(Optional.of(useful), coach.latestPlan("T1", "U1"));
    }

    @DatabaseTest
    void forget_theViewer_removesTheShareButNotTheOwnersPlan(TestDatabase db) {
        Coach coach = coach(db.database());
        finishCheck(coach, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        String finished = new JdbcConversations(db.database()).finishedChecks("T1", "U1", 1).get(0).id();
        coach.sharePlan(finished, "U1", "UMGR");

        Map<String, Integer> deleted = new ForgetMe(List.of(new JdbcSavedPlans(db.database()))).forget("T1", "UMGR");

        assertEquals(Map.of("plan shares", 1), deleted);
        assertEquals(Optional.empty(), coach.planVisibleTo("T1", "U1", "UMGR"));
        assertTrue(coach.planVisibleTo("T1", "U1", "U1").isPresent());
    }

    @DatabaseTest
    void forget_deletesConversationsHistoryAndPlansOfThatUserOnly(TestDatabase db) {
        Coach coach = coach(db.database());
        finishCheck(coach, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        finishCheck(coach, "NEW_TO_IT", "PRACTISED", "SOME_EXPOSURE");
        startCheck(coach);
        coach.savePlan(new Plan("T1", "U1", "fixture-lead", Plan.Source.SKILL_CHECK, clock.instant(),
                List.of(new Plan.Entry("next-steps/practice", "Practise"))));
        coach.startAgain("T1", "U2", FixtureGuides.guide(), ConversationKind.SKILL_CHECK);
        var forgetMe = new ForgetMe(List.of(new JdbcConversations(db.database()), new JdbcSavedPlans(db.database())));

        Map<String, Integer> deleted = forgetMe.forget("T1", "U1");

        assertEquals(Map.of("skill check results", 2, "other conversations", 1, "saved plans", 1), deleted);
        assertTrue(coach.progress("T1", "U1").isEmpty());
        assertTrue(coach.latestPlan("T1", "U1").isEmpty());
        assertEquals(1, new JdbcConversations(db.database()).open("T1", "U2").size());
    }

    @DatabaseTest
    void start_againWithinMoments_keepsTheConversationUntilTheWindowHasPassed(TestDatabase db) {
        Conversation first = startCheck(coach(db.database()));
        clock.advance(Duration.ofSeconds(5));

        Coach.Start again = coach(db.openAnother()).start("T1", "U1", FixtureGuides.guide(),
                ConversationKind.SKILL_CHECK);

        assertEquals(first.id(), assertInstanceOf(Coach.Start.AlreadyStarted.class, again).conversation().id());
        clock.advance(Coach.REPEATED_START);
        Conversation later = startCheck(coach(db.database()));
        assertFalse(later.id().equals(first.id()));
        assertTrue(coach(db.database()).find(first.id()).isEmpty());
    }

    @DatabaseTest
    void start_ofAnotherKindWithinMoments_startsIt(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation shortCheck = startCheck(coach);

        Coach.Start longCheck = coach.start("T1", "U1", FixtureGuides.guide(), ConversationKind.LONG_SKILL_CHECK);

        assertFalse(assertInstanceOf(Coach.Start.Started.class, longCheck).conversation().id()
                .equals(shortCheck.id()));
    }

    @DatabaseTest
    void start_rightAfterACheckFinishedInMoments_startsANewOne(TestDatabase db) {
        Coach coach = coach(db.database());
        Conversation c = startCheck(coach);
        for (int i = 0; i < c.total(); i++) {
            Conversation now = coach.find(c.id()).orElseThrow();
            accepted(coach.handle(c.id(), c.teamId(), c.userId(), new Answer(now.step(), now.version(), "PRACTISED")));
        }

        Conversation next = startCheck(coach);

        assertFalse(next.id().equals(c.id()));
        assertEquals(Conversation.Status.FINISHED, coach.find(c.id()).orElseThrow().status());
    }

    private void finishCheck(Coach coach, String... answers) {
        Conversation c = coach.startAgain("T1", "U1", FixtureGuides.guide(), ConversationKind.SKILL_CHECK);
        for (String answer : answers) {
            c = accepted(coach.handle(c.id(), c.teamId(), c.userId(), answer == null ? new Skip(c.step(), c.version())
                    : new Answer(c.step(), c.version(), answer)));
        }
    }
}
