package careercoach.testkit;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's chromium driven headless through chromedriver, in a profile of its own that is deleted on close. Where
 * either is missing the browser tests are skipped with one line saying how to install them, not failed.
 */
public final class HeadlessChromium implements AutoCloseable {
    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * @param tests  whose tests are skipped without a browser, for the line that says so ("the playground's")
     * @param width  the window's width, in CSS pixels
     * @param height the window's height
     */
    public static HeadlessChromium start(String tests, int width, int height) throws IOException {
        Optional<String> chromium = executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<String> chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "no chromium and chromedriver installed, so "
                + tests + " browser tests are skipped (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.get())).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as {@code dir/<name>.png}, making the folder if need be; returns the file. */
    public static Path screenshot(WebDriver driver, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<String> executable(String variable, String... paths) {
        String configured = System.getenv(variable);
        return Stream.concat(Stream.ofNullable(configured), Stream.of(paths))
                .filter(p -> new File(p).canExecute()).findFirst();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
