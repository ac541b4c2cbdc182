package careercoach.slack.install;

import careercoach.testkit.FakeSlackOAuth.Workspace;
import careercoach.testkit.SlackTestKit;
import careercoach.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Add to Slack" in a real browser (Debian's chromium and chromedriver, headless), as a person installing the app
 * goes through it: the install page, the fake Slack's authorize page, back to the app, installed. Each test leaves
 * a screenshot in {@code target/install-screenshots/}.
 */
class InstallBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "install-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static SlackTestKit kit;
    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start("the install's", 1024, 700);
        browser = chromium.driver();
        kit = SlackTestKit.startDistribution();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (kit != null) {
            kit.close();
        }
    }

    @BeforeEach
    void freshBrowser() {
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        snap(test.getTestMethod().orElseThrow().getName());
    }

    private static void snap(String name) throws IOException {
        HeadlessChromium.screenshot(browser, SCREENSHOTS, name);
    }

    /** The install page, as the app's public address would show it; Slack is told where to send the installer. */
    private static void openInstallPage(Workspace workspace) {
        kit.slack().oauth().installing(workspace);
        kit.slack().oauth().redirectUri(kit.url("/slack/oauth_redirect").toString());
        browser.get(kit.url("/slack/install").toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("add-to-slack")));
    }

    private static String result() {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")))
                .getText();
    }

    @Test
    void addToSlack_allow_isInstalled() throws IOException {
        openInstallPage(Workspace.team("T0BROWSER"));
        snap("install-page");

        browser.findElement(By.id("add-to-slack")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("allow")));
        assertTrue(browser.findElement(By.id("scopes")).getText().contains("chat:write"));
        snap("slack-authorize-page");
        browser.findElement(By.id("allow")).click();

        assertEquals("Career Coach is installed in Team T0BROWSER.", result());
        assertTrue(kit.app().installations().orElseThrow().forKey("T0BROWSER").isPresent());
    }

    @Test
    void addToSlack_cancel_isNotInstalled() {
        openInstallPage(Workspace.team("T0CANCEL"));

        browser.findElement(By.id("add-to-slack")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("cancel")));
        browser.findElement(By.id("cancel")).click();

        assertEquals("You chose not to allow Career Coach, so nothing was installed.", result());
        assertTrue(kit.app().installations().orElseThrow().forKey("T0CANCEL").isEmpty());
    }

    @Test
    void theRedirectOpenedAgain_isRefused_andOffersToStartAgain() {
        openInstallPage(Workspace.team("T0AGAIN"));
        browser.findElement(By.id("add-to-slack")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("allow")));
        browser.findElement(By.id("allow")).click();
        result();

        browser.navigate().refresh();

        assertTrue(result().startsWith("This install link is no longer valid"), result());
        browser.findElement(By.linkText("Start again")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("add-to-slack")));
    }
}
