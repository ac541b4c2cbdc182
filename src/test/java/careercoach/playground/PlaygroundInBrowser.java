package careercoach.playground;

import careercoach.CareerCoachApp;
import careercoach.Stores;
import careercoach.config.Config;
import careercoach.testkit.HeadlessChromium;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

/**
 * The app in local mode serving a content folder, and a headless chromium on its playground, for a test class's
 * lifetime: {@link #openClean} gives each test the page as a newcomer sees it.
 */
final class PlaygroundInBrowser implements BeforeAllCallback, AfterAllCallback {
    private final String indexData;
    private final Dimension window;
    private final Duration wait;
    private HeadlessChromium chromium;
    private CareerCoachApp app;
    private PlaygroundPage page;

    PlaygroundInBrowser(String indexData, int width, int height, Duration wait) {
        this.indexData = indexData;
        this.window = new Dimension(width, height);
        this.wait = wait;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = HeadlessChromium.start("the playground's", window.width, window.height);
        page = new PlaygroundPage(chromium.driver(), wait);
        app = new CareerCoachApp(Config.from(Map.of("PORT", "0", "INDEX_DATA", indexData)::get),
                Stores.inMemory()).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    WebDriver browser() {
        return chromium.driver();
    }

    PlaygroundPage page() {
        return page;
    }

    /** The playground at its first window size, no modal open and no messages: what each test starts from. */
    void openClean() {
        WebDriver browser = browser();
        browser.manage().window().setSize(window);
        browser.get(Playground.url(app.port()));
        WebDriverWait waiting = new WebDriverWait(browser, wait);
        waiting.until(d -> d.findElement(By.cssSelector("body.ready")));
        // A modal left open by a failed test would cover the page.
        browser.findElements(By.cssSelector(".modal-x")).forEach(WebElement::click);
        waiting.until(d -> d.findElements(By.cssSelector(".overlay")).stream().noneMatch(WebElement::isDisplayed));
        browser.findElement(By.id("reset")).click();
        waiting.until(d -> d.findElements(By.cssSelector(".msg")).isEmpty());
    }
}
