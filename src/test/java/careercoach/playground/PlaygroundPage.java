package careercoach.playground;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /** The messages the open conversation shows, oldest first. */
    List<WebElement> messages() {
        return browser.findElements(By.cssSelector("#messages .msg"));
    }

    /** The latest message of the open conversation that {@code which} accepts, once there is one. */
    WebElement awaitMessage(Predicate<WebElement> which) {
        return new WebDriverWait(browser, wait).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "no such message; the page shows: " + browser.findElement(By.id("messages"))
                        .getText())
                .until(d -> {
                    List<WebElement> all = messages();
                    for (int i = all.size() - 1; i >= 0; i--) {
                        if (which.test(all.get(i))) {
                            return all.get(i);
                        }
                    }
                    return null;
                });
    }

    /** Whether the bot sent this message. */
    static boolean fromBot(WebElement message) {
        return message.getAttribute("class").contains("from-bot");
    }

    /** The Block Kit button of this message that reads {@code text}; fails the test when there is none. */
    static WebElement button(WebElement message, String text) {
        return message.findElements(By.cssSelector("button.bk-btn")).stream()
                .filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + message.getText()));
    }

    private <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, wait).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
