package careercoach.slack.install;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.FakeSlackOAuth;
import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;

import java.util.HashMap;
import java.util.Map;

/**
 * Distribution mode to try by hand, on this machine: the app with no bot token, and the test kit's fake Slack with
 * its stub authorize page, so "Add to Slack" can be clicked through in a browser without a Slack app:
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=careercoach.slack.install.InstallTryOut
 * </pre>
 * then open {@code http://localhost:3000/slack/install} ({@code PORT} and {@code FAKE_SLACK_PORT}, default 3001,
 * move them). Everything is in memory and gone when it stops (Ctrl+C).
 */
public final class InstallTryOut {

    private InstallTryOut() {
    }

    public static void main(String[] args) throws Exception {
        // Before the first logger: plain lines for a person, as in local mode.
        System.setProperty("LOG_FORMAT", System.getenv().getOrDefault("LOG_FORMAT", "text"));
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
        FakeSlackApi slack = new FakeSlackApi(Integer.parseInt(System.getenv().getOrDefault("FAKE_SLACK_PORT",
                "3001")));
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_CLIENT_ID", FakeSlackOAuth.CLIENT_ID);
        env.put("SLACK_CLIENT_SECRET", FakeSlackOAuth.CLIENT_SECRET);
        env.put("SLACK_SIGNING_SECRET", SlackTestKit.SIGNING_SECRET);
        env.put("TOKEN_ENCRYPTION_KEY", SlackTestKit.TOKEN_ENCRYPTION_KEY);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", String.valueOf(port));
        env.put("INDEX_DATA", "index-data");
        Stores stores = Stores.inMemory();
        CareerCoachApp app = new CareerCoachApp(Config.from(env::get), stores).start();
        slack.oauth().installing(new Workspace("T0TRYOUT", "Try-out workspace", null, false));
        slack.oauth().redirectUri("http://localhost:" + app.port() + "/slack/oauth_redirect");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            slack.close();
            try {
                stores.close();
            } catch (Exception ignored) {
                // in memory: gone either way
            }
        }));
        System.out.println("Try \"Add to Slack\": open http://localhost:" + app.port() + "/slack/install"
                + " (Slack is the fake at " + slack.apiUrl() + "; Ctrl+C stops both)");
        Thread.currentThread().join();
    }
}
