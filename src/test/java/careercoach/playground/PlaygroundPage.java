package careercoach.playground;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.function.Function;

/** What a person does on the playground's page: act as someone, open a conversation, type in it. */
final class PlaygroundPage {
    private final WebDriver browser;
    private final Duration wait;

    PlaygroundPage(WebDriver browser, Duration wait) {
        this.browser = browser;
        this.wait = wait;
    }

    void actAs(String name) {
        new Select(browser.findElement(By.id("as"))).selectByVisibleText(name);
        waitUntil(d -> d.findElement(By.id("who")).getText().length() > 0);
    }

    void openConversation(String label) {
        waitUntil(d -> {
            WebElement item = d.findElements(By.cssSelector(".nav-item")).stream()
                    .filter(i -> i.findElement(By.cssSelector(".nav-label")).getText().contains(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no conversation " + label));
            item.click();
            return true;
        });
        waitUntil(d -> d.findElement(By.cssSelector(".nav-item.active .nav-label")).getText().contains(label));
    }

    void say(String text) {
        WebElement input = browser.findElement(By.id("input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waitUntil(d -> d.findElement(By.id("input")).getAttribute("value").isEmpty());
    }

    private <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, wait).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
