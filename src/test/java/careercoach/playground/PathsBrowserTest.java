package careercoach.playground;

import careercoach.testkit.HeadlessChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static careercoach.playground.PlaygroundPage.button;
import static careercoach.playground.PlaygroundPage.fromBot;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles connected, in the playground in a real browser: the workspace serves a second guide (the playground's
 * content folder {@code src/test/resources/playground/two-roles}), so the path opens it, compare shows both roles
 * side by side, and a check toward it runs in the DM. Leaves {@code target/playground-screenshots/compare.png}; run
 * with {@code -Dcompare.screenshot=docs/compare.png} to refresh the picture in the docs.
 */
class PathsBrowserTest {
    static final Path CONTENT = Path.of("src/test/resources/playground/two-roles");
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final PlaygroundInBrowser playground = new PlaygroundInBrowser(CONTENT.toString(), 1280, 1500, WAIT);
    private static WebDriver browser;
    private static PlaygroundPage page;

    @BeforeEach
    void openCleanPlayground() {
        browser = playground.browser();
        page = playground.page();
        playground.openClean();
    }

    @Test
    void path_opensTheNextRolesGuide_compareShowsBothSideBySide_andACheckTowardItRuns() throws IOException {
        page.actAs("Ravi Patel");
        page.openConversation("# backend-team");

        page.say("/career path");
        WebElement path = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Can Lead To"));
        button(path, "Open Engineering Manager (Platform Team)").click();
        page.awaitMessage(m -> fromBot(m) && m.getText().contains("From Engineering Manager (Platform Team)"));

        page.say("/career compare engineering manager");
        WebElement compare = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Skills both roles need"));
        assertTrue(compare.getText().contains("What Engineering Manager (Platform Team) adds"), compare.getText());
        assertTrue(compare.getText().contains("What matters less there"), compare.getText());
        new org.openqa.selenium.interactions.Actions(browser).scrollToElement(compare).perform();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", compare);
        snap("compare");

        page.say("/career check engineering manager");
        page.openConversation("Messages");
        WebElement check = page.awaitMessage(m -> fromBot(m) && m.getText().contains("toward Engineering Manager"));
        assertTrue(check.getText().contains("1 of 6"), check.getText());
    }

    private static void snap(String name) throws IOException {
        Path shot = HeadlessChromium.screenshot(browser, Path.of("target", "playground-screenshots"), name);
        String docs = System.getProperty(name + ".screenshot");
        if (docs != null) {
            Files.copy(shot, Path.of(docs), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
