package careercoach.slack.install;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Add to Slack": the install pages against the fake Slack, then the workspace served with its own token. */
class InstallProtocolTest {
    private static final Workspace ACME = Workspace.team("T0ACME");

    @Test
    void install_throughThePages_thenTheWorkspaceIsServedWithItsOwnToken() throws Exception {
        try (SlackTestKit kit = SlackTestKit.startDistribution()) {
            SlackTestKit.InstallStart start = kit.startInstall(ACME);
            assertEquals(200, start.page().statusCode());
            assertTrue(start.page().body().contains("Add to Slack"), start.page().body());
            assertNotNull(start.cookie(), "the state is bound to the installer's browser");
            Map<String, String> authorize = query(start.authorizeUrl());
            assertTrue(start.authorizeUrl().startsWith(kit.slack().apiUrl().replace("/api/", "/oauth/v2/authorize?")),
                    start.authorizeUrl());
            assertEquals(FakeSlackOAuth.CLIENT_ID, authorize.get("client_id"));
            assertEquals(InstallScopes.bot(), authorize.get("scope"), "the scopes of manifest.yml");
            assertEquals(start.cookie().substring(start.cookie().indexOf('=') + 1), authorize.get("state"));

            HttpResponse<String> done = kit.browse(kit.slack().oauth().allow(start.authorizeUrl()), start.cookie());

            assertEquals(200, done.statusCode(), done.body());
            assertTrue(done.body().contains("installed in Team T0ACME"), done.body());
            assertEquals(1, kit.slack().calls("oauth.v2.access").size());
            String token = kit.slack().oauth().tokenOf("T0ACME");
            kit.slack().reset();

            kit.event(ACME, kit.newEventId(), kit.directMessage("U1", "hello"), 0);

            FakeSlackApi.Call reply = kit.slack().await("chat.postMessage", 1).get(0);
            assertEquals(token, reply.token());
        }
    }

    static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
