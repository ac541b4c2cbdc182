package careercoach.slack.install;

import careercoach.Stores;
import careercoach.install.InstallationEvent;
import careercoach.slack.DeliveryLimits;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.OutageDatabase;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static careercoach.testkit.OutageDatabase.whenReachable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database out of reach during an install (a networked H2 behind a relay that is cut): the installer sees a
 * page that says to try again, nothing is half-written, and once the database is back the same install works.
 */
class InstallDatabaseOutageProtocolTest {
    private static final Workspace ACME = Workspace.team("T0ACME");

    @TempDir
    Path dataDir;
    private OutageDatabase database;
    private FakeSlackApi slack;
    private SlackTestKit kit;

    @BeforeEach
    void start() throws Exception {
        database = new OutageDatabase(dataDir);
        slack = new FakeSlackApi();
        kit = SlackTestKit.startDistribution(Stores.database(database.database(), Clock.systemUTC()), slack, Map.of(),
                Clock.systemUTC(), DeliveryLimits.DEFAULT);
    }

    @AfterEach
    void stop() throws Exception {
        kit.close();
        slack.close();
        database.close();
    }

    private List<InstallationEvent> audit() throws InterruptedException {
        return whenReachable(() -> kit.app().installations().orElseThrow().audit());
    }

    @Test
    void outageWhenTheInstallStarts_saysTryAgain_thenTheInstallWorks() throws Exception {
        database.cut();

        SlackTestKit.InstallStart start = kit.startInstall(ACME);

        assertEquals(503, start.page().statusCode());
        assertTrue(start.page().body().contains("database is out of reach for a moment, so nothing was installed"),
                start.page().body());
        assertEquals(null, start.authorizeUrl(), "no link to Slack without a stored state");
        database.restore();
        whenReachable(() -> kit.app().installations().orElseThrow().audit());
        assertEquals(200, kit.install(ACME).statusCode());
    }

    @Test
    void outageWhileTheInstallationIsSaved_saysTryAgain_writesNothing_andAnotherInstallWorks() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(ACME);
        String callback = slack.oauth().allow(start.authorizeUrl());
        CountDownLatch gate = slack.hold("oauth.v2.access");
        CompletableFuture<HttpResponse<String>> page = CompletableFuture.supplyAsync(() -> {
            try {
                return kit.browse(callback, start.cookie());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        slack.await("oauth.v2.access", 1);
        database.cut();
        gate.countDown();

        HttpResponse<String> answered = page.get(30, TimeUnit.SECONDS);

        assertEquals(503, answered.statusCode());
        assertTrue(answered.body().contains("Please try again in a minute"), answered.body());
        database.restore();
        assertEquals(List.of(), audit(), "nothing was written");
        assertTrue(kit.app().installations().orElseThrow().forKey("T0ACME").isEmpty());

        HttpResponse<String> again = kit.install(ACME);

        assertEquals(200, again.statusCode(), again.body());
        assertTrue(kit.app().installations().orElseThrow().forKey("T0ACME").isPresent());
    }

    @Test
    void outageWhenSlackSendsTheInstallerBack_saysTryAgain() throws Exception {
        SlackTestKit.InstallStart start = kit.startInstall(ACME);
        String callback = slack.oauth().allow(start.authorizeUrl());
        database.cut();

        HttpResponse<String> page = kit.browse(callback, start.cookie());

        assertEquals(503, page.statusCode());
        assertEquals(List.of(), slack.calls("oauth.v2.access"), "no code is spent while the state cannot be checked");
        database.restore();
        assertEquals(List.of(), audit());
    }

    @Test
    void outageWhileARequestIsAuthorized_saysTryAgain_andSlackDeliversEventsAgainLater() throws Exception {
        kit.install(ACME);
        database.cut();

        HttpResponse<String> command = kit.command(ACME, "U1", "C1", "skills");
        HttpResponse<String> event = kit.event(ACME, kit.newEventId(), kit.directMessage("U1", "hi"), 0);

        assertEquals(200, command.statusCode());
        assertTrue(command.body().contains("try again in a moment"), command.body());
        assertEquals(503, event.statusCode(), "Slack delivers it again");
        database.restore();
        whenReachable(() -> kit.app().installations().orElseThrow().audit());
        assertTrue(kit.command(ACME, "U1", "C1", "skills").body().contains("blocks"));
    }
}
