package careercoach.store;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.coach.Plan;
import careercoach.install.ActiveInstallation;
import careercoach.install.InstallationEvent;
import careercoach.install.InstallationRepository;
import careercoach.install.Installations;
import careercoach.install.NewInstallation;
import careercoach.install.TokenCipher;
import careercoach.install.TokenKeys;
import careercoach.install.TokenRefresh;
import careercoach.install.TokenRefreshException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Installations over the real store: sealed at rest, found per workspace or org, refreshed once, removed, deleted. */
class InstallationsStoreTest {
    private static final String KEY = TokenKeys.newKey();
    private final MutableClock clock = MutableClock.at("2026-05-01T09:00:00Z");
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final AtomicInteger refreshes = new AtomicInteger();
    private TokenRefresh refresher = refreshToken -> {
        int n = refreshes.incrementAndGet();
        return new TokenRefresh.Refreshed("xoxe.xoxb-refreshed-" + n, "xoxe-1-refresh-" + n,
                clock.instant().plus(Duration.ofHours(12)));
    };

    private Installations installations(Database database, String keys) {
        return new Installations(new JdbcInstallations(database), new TokenCipher(TokenKeys.parse(keys)),
                token -> refresher.refresh(token), clock, metrics);
    }

    private static NewInstallation workspace(String teamId, String token) {
        return new NewInstallation(Optional.empty(), Optional.of(teamId), false, Optional.of("Team " + teamId), "A1",
                "UBOT" + teamId, Optional.of("BBOT"), Optional.of("UINSTALLER"), "commands,chat:write", token,
                Optional.empty(), Optional.empty());
    }

    private NewInstallation rotating(String teamId, String token, Duration expiresIn) {
        return new NewInstallation(Optional.empty(), Optional.of(teamId), false, Optional.empty(), "A1", "UBOT",
                Optional.of("BBOT"), Optional.of("UINSTALLER"), "commands", token,
                Optional.of("xoxe-1-refresh-0"), Optional.of(clock.instant().plus(expiresIn)));
    }

    private static NewInstallation orgWide(String enterpriseId, String token) {
        return new NewInstallation(Optional.of(enterpriseId), Optional.empty(), true, Optional.empty(), "A1", "UBOT",
                Optional.of("BBOT"), Optional.of("WINSTALLER"), "commands", token, Optional.empty(),
                Optional.empty());
    }

    @DatabaseTest
    void install_thenFind_opensTheToken_andTheTableHoldsNoToken(TestDatabase db) throws Exception {
        Installations installations = installations(db.database(), KEY);

        installations.install(workspace("T1", "xoxb-t1-secret"));

        assertEquals("xoxb-t1-secret", installations.forRequest(null, "T1").orElseThrow().botToken());
        assertEquals("xoxb-t1-secret", installations.forKey("T1").orElseThrow().botToken());
        assertEquals(List.of(), db.cellsContaining("t1-secret"), "a dump of the database yields no token");
        assertEquals(Optional.empty(), installations.forRequest(null, "T2"));
    }

    @DatabaseTest
    void aTokenCopiedIntoAnotherWorkspacesRow_doesNotOpen(TestDatabase db) throws Exception {
        Installations installations = installations(db.database(), KEY);
        installations.install(workspace("T1", "xoxb-t1-secret"));
        installations.install(workspace("T2", "xoxb-t2-secret"));
        try (Connection c = db.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE slack_installation SET bot_token = (SELECT bot_token FROM slack_installation"
                    + " WHERE installation_key = 'T1') WHERE installation_key = 'T2'");
        }

        assertEquals(Optional.empty(), installations.forKey("T2"), "T2 never gets T1's token");
        assertEquals("xoxb-t1-secret", installations.forKey("T1").orElseThrow().botToken());
    }

    @DatabaseTest
    void orgWideInstall_servesEveryWorkspaceOfTheOrg_underTheOrgsKey_butAWorkspacesOwnInstallWins(TestDatabase db) {
        Installations installations = installations(db.database(), KEY);
        installations.install(orgWide("E1", "xoxb-org"));

        ActiveInstallation fromA = installations.forRequest("E1", "TA").orElseThrow();
        ActiveInstallation fromEvent = installations.forRequest("E1", null).orElseThrow();
        assertEquals("E1", fromA.key());
        assertEquals("xoxb-org", fromA.botToken());
        assertEquals("E1", fromEvent.key());
        assertTrue(fromA.orgWide());
        assertEquals(Optional.empty(), installations.forRequest("E2", "TA"), "another org is not served");

        installations.install(new NewInstallation(Optional.of("E1"), Optional.of("TB"), false, Optional.empty(),
                "A1", "UBOT", Optional.empty(), Optional.empty(), "commands", "xoxb-tb", Optional.empty(),
                Optional.empty()));
        assertEquals("TB", installations.forRequest("E1", "TB").orElseThrow().key());
        assertEquals("E1", installations.forRequest("E1", "TA").orElseThrow().key());
    }

    @DatabaseTest
    void remove_deletesTheTokensAtOnce_reinstallWithinTheRetentionFindsTheData(TestDatabase db) throws Exception {
        Stores stores = Stores.database(db.database(), clock);
        Installations installations = installations(db.database(), KEY);
        installations.install(workspace("T1", "xoxb-first"));
        stores.guideChoices().choose("T1", "U1", "some-guide");

        assertTrue(installations.remove(null, "T1", "app_uninstalled", clock.instant()));
        assertFalse(installations.remove(null, "T1", "app_uninstalled", clock.instant()), "once only");
        assertEquals(Optional.empty(), installations.forKey("T1"));
        assertEquals(List.of(), db.cellsContaining("v1:"), "no sealed token is left either");

        clock.advance(Duration.ofDays(29));
        assertEquals(0, installations.deleteDataRemovedBefore(Duration.ofDays(30)));
        assertTrue(installations.install(workspace("T1", "xoxb-second")), "a re-install of a known workspace");

        assertEquals("xoxb-second", installations.forKey("T1").orElseThrow().botToken());
        assertEquals(Optional.of("some-guide"), stores.guideChoices().chosenGuide("T1", "U1"));
        clock.advance(Duration.ofDays(60));
        assertEquals(0, installations.deleteDataRemovedBefore(Duration.ofDays(30)), "installed again: kept");
    }

    @DatabaseTest
    void anUninstallIssuedBeforeTheLatestInstall_changesNothing(TestDatabase db) {
        Installations installations = installations(db.database(), KEY);
        Instant issuedBefore = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        installations.install(workspace("T1", "xoxb-new"));

        assertFalse(installations.remove(null, "T1", "tokens_revoked", issuedBefore));
        assertEquals("xoxb-new", installations.forKey("T1").orElseThrow().botToken());
    }

    @DatabaseTest
    void afterTheRetention_everyRowOfTheTeamIsDeleted_otherTeamsKeepTheirs_theAuditNamesNoUser(TestDatabase db)
            throws Exception {
        Stores stores = Stores.database(db.database(), clock);
        Installations installations = installations(db.database(), KEY);
        for (String team : List.of("TGONE", "TSTAY")) {
            installations.install(workspace(team, "xoxb-" + team));
            stores.guideChoices().choose(team, "USHARED", "guide");
            stores.answerFeedback().record(team, "USHARED", "answer-" + team, "guide", "top-skills", true);
            stores.questionLog().record(new careercoach.content.AskedQuestion("answer-" + team, "guide",
                    Optional.of("top-skills"), careercoach.content.Outcome.UNANSWERED,
                    Optional.of("what do leads at " + team + " earn?"), clock.instant(), Optional.of(team)));
            Plan plan = new Plan(team, "USHARED", "guide", Plan.Source.SKILL_CHECK, clock.instant(),
                    List.of(new Plan.Entry("next-steps/a", "Do a")));
            stores.savedPlans().save(plan);
            stores.savedPlans().share(plan, "UMGR", clock.instant());
        }
        installations.remove(null, "TGONE", "app_uninstalled", clock.instant());
        clock.advance(Duration.ofDays(31));

        assertEquals(1, installations.deleteDataRemovedBefore(Duration.ofDays(30)));

        List<String> left = db.cellsContaining("TGONE");
        assertEquals(List.of(), left.stream().filter(cell -> !cell.startsWith("installation_audit.")).toList());
        assertFalse(db.cellsContaining("TSTAY").isEmpty());
        assertEquals(Optional.of("guide"), stores.guideChoices().chosenGuide("TSTAY", "USHARED"));
        assertEquals(List.of(InstallationEvent.Kind.INSTALLED, InstallationEvent.Kind.REMOVED,
                        InstallationEvent.Kind.DATA_DELETED),
                installations.audit().stream().filter(e -> e.key().equals("TGONE")).map(InstallationEvent::kind)
                        .toList());
        assertEquals(List.of(), db.cellsContaining("USHARED").stream()
                .filter(cell -> cell.startsWith("installation_audit.")).toList());
        assertEquals(List.of(), db.cellsContaining("UINSTALLER").stream()
                .filter(cell -> cell.startsWith("installation_audit.")).toList());
    }

    @DatabaseTest
    void rotation_twoInstancesRefreshingAtOnce_refreshOnce_andBothUseTheNewToken(TestDatabase db) throws Exception {
        Installations one = installations(db.database(), KEY);
        Installations two = installations(db.openAnother(), KEY);
        one.install(rotating("T1", "xoxe.xoxb-initial", Duration.ofHours(12)));
        clock.advance(Duration.ofHours(10).plusMinutes(30));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TokenRefresh plain = refresher;
        refresher = token -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return plain.refresh(token);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(one::refreshDue);
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            Future<Integer> second = pool.submit(two::refreshDue);
            assertEquals(0, second.get(10, TimeUnit.SECONDS), "the other instance does not refresh it too");
            assertEquals("xoxe.xoxb-initial", two.forKey("T1").orElseThrow().botToken(),
                    "meanwhile the current token, still valid, is used");
            release.countDown();
            assertEquals(1, first.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, refreshes.get());
        assertEquals("xoxe.xoxb-refreshed-1", one.forKey("T1").orElseThrow().botToken());
        assertEquals("xoxe.xoxb-refreshed-1", two.forKey("T1").orElseThrow().botToken());
        assertEquals(0, two.refreshDue(), "not due again for ten hours");
        assertEquals(List.of(), db.cellsContaining("refresh-1"), "the refresh token is sealed too");
    }

    @DatabaseTest
    void rotation_notYetDue_isLeftAlone_expiredAtUse_isRefreshedThen(TestDatabase db) {
        Installations installations = installations(db.database(), KEY);
        installations.install(rotating("T1", "xoxe.xoxb-initial", Duration.ofHours(12)));
        clock.advance(Duration.ofHours(9));
        assertEquals(0, installations.refreshDue());

        clock.advance(Duration.ofHours(4));

        assertEquals("xoxe.xoxb-refreshed-1", installations.forKey("T1").orElseThrow().botToken());
        assertEquals(1, refreshes.get());
    }

    @DatabaseTest
    void rotation_aFailedRefresh_isLoggedCountedAndRetriedLater_withTheCurrentTokenMeanwhile(TestDatabase db) {
        Installations installations = installations(db.database(), KEY);
        installations.install(rotating("T1", "xoxe.xoxb-initial", Duration.ofHours(12)));
        clock.advance(Duration.ofHours(11));
        TokenRefresh plain = refresher;
        refresher = token -> {
            refreshes.incrementAndGet();
            throw new TokenRefreshException("internal_error", null);
        };

        assertEquals(0, installations.refreshDue());
        assertEquals(0, installations.refreshDue(), "not again before the retry time");
        assertEquals(1, refreshes.get());
        assertEquals("xoxe.xoxb-initial", installations.forKey("T1").orElseThrow().botToken());
        assertEquals(1.0, metrics.counter("career.install.token_refresh", "outcome", "failed").count());

        refresher = plain;
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, installations.refreshDue());
        assertTrue(installations.forKey("T1").orElseThrow().botToken().startsWith("xoxe.xoxb-refreshed-"));
    }

    @DatabaseTest
    void rotation_aRevokedRefreshToken_removesTheInstallation_andIsNeverTriedAgain(TestDatabase db) {
        Installations installations = installations(db.database(), KEY);
        installations.install(rotating("T1", "xoxe.xoxb-initial", Duration.ofHours(12)));
        clock.advance(Duration.ofHours(11));
        refresher = token -> {
            refreshes.incrementAndGet();
            throw new TokenRefreshException("invalid_refresh_token", null);
        };

        assertEquals(0, installations.refreshDue());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, installations.refreshDue());
        assertEquals(Optional.empty(), installations.forKey("T1"));

        assertEquals(1, refreshes.get(), "a revoked token is not retried");
        assertEquals(1.0, metrics.counter("career.install.token_refresh", "outcome", "refused").count());
        assertEquals("refresh_invalid_refresh_token", installations.audit().get(1).detail());
    }

    @DatabaseTest
    void keyRotation_resealUnderTheNewKey_thenTheOldKeyCanGo(TestDatabase db) {
        String oldKey = KEY;
        String newKey = TokenKeys.newKey();
        installations(db.database(), oldKey).install(workspace("T1", "xoxb-keep-me"));
        Installations withOnlyNew = installations(db.database(), newKey);
        assertEquals(1, withOnlyNew.missingKeyIds().size(), "the old key is missing");
        assertEquals(Optional.empty(), withOnlyNew.forKey("T1"));

        Installations rotating = installations(db.database(), newKey + "," + oldKey);
        assertEquals("xoxb-keep-me", rotating.forKey("T1").orElseThrow().botToken());
        assertEquals(1, rotating.resealUnderCurrentKey());
        assertEquals(0, rotating.resealUnderCurrentKey());

        assertEquals(Optional.of("xoxb-keep-me"), withOnlyNew.forKey("T1").map(ActiveInstallation::botToken));
        assertEquals(0, withOnlyNew.missingKeyIds().size());
    }

    @DatabaseTest
    void oauthState_isUsedOnce_andOnlyUntilItExpires(TestDatabase db) {
        InstallationRepository repository = new JdbcInstallations(db.database());
        Instant now = clock.instant();
        repository.addState("state-1", now.plus(Duration.ofMinutes(10)));
        repository.addState("state-2", now.plus(Duration.ofMinutes(10)));

        assertTrue(new JdbcInstallations(db.openAnother()).consumeState("state-1", now), "any instance may use it");
        assertFalse(repository.consumeState("state-1", now), "replayed");
        assertFalse(repository.consumeState("forged", now));
        assertFalse(repository.consumeState("state-2", now.plus(Duration.ofMinutes(11))), "expired");
        assertEquals(0, repository.deleteExpiredStates(now.plus(Duration.ofMinutes(11))));
    }
}
