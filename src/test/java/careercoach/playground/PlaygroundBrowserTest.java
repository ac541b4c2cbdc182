package careercoach.playground;

import careercoach.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static careercoach.playground.PlaygroundPage.button;
import static careercoach.playground.PlaygroundPage.fromBot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playground in a real browser (Debian's chromium and chromedriver, headless), doing what a person does, through
 * the page only. The app runs in local mode, as after the README's run command. Each test leaves a screenshot in
 * {@code target/playground-screenshots/}.
 */
class PlaygroundBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "playground-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    @RegisterExtension
    static final PlaygroundInBrowser playground = new PlaygroundInBrowser("index-data", 1280, 800, WAIT);
    private static WebDriver browser;
    private static PlaygroundPage page;

    @BeforeEach
    void openCleanPlayground() {
        browser = playground.browser();
        page = playground.page();
        playground.openClean();
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        snap(test.getTestMethod().orElseThrow().getName());
    }

    private static void snap(String name) throws IOException {
        HeadlessChromium.screenshot(browser, SCREENSHOTS, name);
    }

    @Test
    void question_inDm_isAnswered_andOffTopicQuestion_getsHonestNo() throws IOException {
        page.actAs("Ravi Patel");
        page.openConversation("Messages");
        page.say("What skills does a backend lead need?");
        WebElement answer = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Top Skills"));
        assertTrue(answer.findElements(By.cssSelector("button")).stream().anyMatch(b -> b.getText().contains("👍")),
                "the answer offers feedback buttons");

        page.say("Where can I get the best pizza in Naples?");
        WebElement honest = page.awaitMessage(m -> fromBot(m) && m.getText().contains("I don't have that"));
        assertFalse(honest.getText().contains("From Backend Engineering Lead"),
                "no section offered as the answer: " + honest.getText());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        snap("phone-width");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }

    @Test
    void assistantPane_showsPrompts_answersAPromptInItsThread_withTitle() throws IOException {
        page.actAs("Ravi Patel");
        page.openConversation("# backend-team");
        browser.findElement(By.id("assistant-open")).click();
        WebElement pane = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("assistant")));
        waitUntil(d -> pane.findElement(By.id("assistant-messages")).getText().contains("I'm your career coach"));
        List<WebElement> prompts = waitUntil(d -> {
            List<WebElement> shown = pane.findElements(By.cssSelector(".assistant-prompt"));
            return shown.isEmpty() ? null : shown;
        });
        assertTrue(prompts.size() <= 4, "at most four prompts");
        assertTrue(prompts.stream().anyMatch(p -> p.getText().equals("Check my skills")),
                pane.getText());
        assertTrue(page.messages().isEmpty(), "the channel shows nothing of the assistant's thread");

        WebElement question = prompts.stream().filter(p -> !p.getText().equals("Check my skills")).findFirst()
                .orElseThrow();
        String asked = question.getAttribute("title");
        question.click();
        waitUntil(d -> pane.findElements(By.cssSelector("#assistant-messages .msg.from-bot")).size() >= 2);
        waitUntil(d -> !pane.findElement(By.id("assistant-title")).getText().equals("New chat")
                && !pane.findElement(By.id("assistant-title")).getText().isEmpty());
        String title = pane.findElement(By.id("assistant-title")).getText();
        assertTrue(asked.startsWith(title.replace("…", "")), "the thread is titled by its question: " + title);
        assertTrue(pane.findElements(By.cssSelector(".assistant-prompt")).isEmpty(),
                "the prompts go once a question is asked");
        assertEquals("", pane.findElement(By.id("assistant-status")).getText(), "the answer clears the status");

        WebElement input = pane.findElement(By.id("assistant-input"));
        input.sendKeys("What are the top skills for a lead?");
        input.sendKeys(Keys.ENTER);
        waitUntil(d -> pane.findElements(By.cssSelector("#assistant-messages .msg.from-bot")).stream()
                .anyMatch(m -> m.getText().contains("Top Skills")));
        snap("assistant-pane");
        refreshDocsPicture("assistant-pane");
    }

    @Test
    void assistantPane_checkMySkills_runsTheCheckInThePane() {
        page.actAs("Sam Okafor");
        page.openConversation("Messages");
        browser.findElement(By.id("assistant-open")).click();
        WebElement pane = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("assistant")));
        WebElement check = waitUntil(d -> pane.findElements(By.cssSelector(".assistant-prompt")).stream()
                .filter(p -> p.getText().equals("Check my skills")).findFirst().orElse(null));
        check.click();
        java.util.function.Function<WebDriver, WebElement> question = d -> pane.findElements(
                By.cssSelector("#assistant-messages .msg.from-bot")).stream()
                .filter(m -> m.getText().contains("Skill check")).findFirst().orElse(null);
        WebElement first = waitUntil(question);
        assertTrue(first.getText().contains("1 of "), first.getText());
        button(first, "Some exposure").click();
        waitUntil(d -> question.apply(d).getText().contains("2 of "));
        assertTrue(page.messages().isEmpty(), "the check runs in the assistant thread, not in the DM");
    }

    @Test
    void skillsInChannel_sharedInChannel_isVisibleToEveryone() {
        page.actAs("Ravi Patel");
        page.openConversation("# backend-team");
        page.say("/career skills");
        WebElement privately = page.awaitMessage(m -> m.getText().contains("Only visible to you")
                && m.getText().contains("Top Skills"));
        button(privately, "Share in channel").click();
        page.awaitMessage(m -> fromBot(m) && !isEphemeral(m) && m.getText().contains("Top Skills"));

        page.actAs("Sam Okafor");
        page.openConversation("# backend-team");
        WebElement seenBySam = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Top Skills"));
        assertTrue(seenBySam.getText().contains("Ravi Patel"), "says who shared it: " + seenBySam.getText());
        assertEquals(1, page.messages().size(), "Sam sees the shared section, not Ravi's private answer");
    }

    @Test
    void skillCheck_withOneBack_endsInAPlan_thatIsSaved() {
        page.actAs("Ravi Patel");
        page.openConversation("Messages");
        page.say("/career check");
        WebElement check = page.awaitMessage(m -> fromBot(m) && m.getText().contains("1 of "));
        int total = Integer.parseInt(check.getText().replaceAll("(?s).*\\b1 of (\\d+).*", "$1"));

        clickInCheck("Some exposure");
        awaitCheckAt(2, total);
        clickInCheck("Back");
        awaitCheckAt(1, total);
        String[] ratings = {"New to it", "Practised it", "Could teach it", "Some exposure"};
        for (int question = 1; question <= total; question++) {
            clickInCheck(ratings[question % ratings.length]);
            if (question < total) {
                awaitCheckAt(question + 1, total);
            }
        }
        WebElement result = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Your skill check result"));
        assertTrue(result.getText().contains("Top gaps"), result.getText());
        button(result, "Save as my checklist").click();

        page.awaitMessage(m -> m.getText().contains("Saved your plan as a checklist"));
        WebElement saved = page.awaitMessage(m -> fromBot(m) && m.getText().contains("My checklist"));
        assertTrue(saved.getText().contains("0 of "), saved.getText());
    }

    @Test
    void skillCheck_finished_showsTheChartUploadedToTheDm() throws IOException {
        page.actAs("Ravi Patel");
        page.openConversation("Messages");
        page.say("/career check");
        WebElement check = page.awaitMessage(m -> fromBot(m) && m.getText().contains("1 of "));
        int total = Integer.parseInt(check.getText().replaceAll("(?s).*\\b1 of (\\d+).*", "$1"));
        String[] ratings = {"New to it", "Practised it", "Could teach it", "Some exposure"};
        for (int question = 1; question <= total; question++) {
            clickInCheck(ratings[question % ratings.length]);
            if (question < total) {
                awaitCheckAt(question + 1, total);
            }
        }
        page.awaitMessage(m -> fromBot(m) && m.getText().contains("Your skill check result"));

        WebElement chart = waitUntil(d -> d.findElements(By.cssSelector("#messages .msg img.bk-image-img")).stream()
                .filter(img -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete ? arguments[0].naturalWidth : 0", img)).intValue() > 0)
                .findFirst().orElse(null));
        String alt = chart.getAttribute("alt");
        assertTrue(alt.startsWith("Skill ratings now."), alt);
        assertTrue(alt.contains("could teach it"), alt);
        assertTrue(chart.getAttribute("src").contains("/playground/files/"), chart.getAttribute("src"));
        WebElement shared = chart.findElement(By.xpath("ancestor::*[contains(@class,'msg')][1]"));
        assertTrue(shared.getText().contains("Your skill ratings now."), "the chart comes with its line: "
                + shared.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'})", chart);
        snap("progress-chart");
        refreshDocsPicture("progress-chart");
    }

    @Test
    void role_typeahead_loadsTheGuidesFromTheApp_andChoosingOneSavesIt() {
        page.actAs("Sam Okafor");
        page.openConversation("Messages");
        page.say("/career role");
        WebElement picker = page.awaitMessage(m -> m.getText().contains("Choose your role guide"));
        WebElement select = picker.findElement(By.cssSelector("select[data-action-id=career_role_select]"));
        select.click();
        waitUntil(d -> new Select(select).getOptions().size() > 1);
        new Select(select).selectByVisibleText("Backend Engineering Lead (Microservices)");

        page.awaitMessage(m -> m.getText().contains("Your guide is now Backend Engineering Lead (Microservices)"));
    }

    @Test
    void checklist_sharedByManager_tickedByReport_refusedForOtherReport() throws IOException {
        page.actAs("Maya Chen");
        page.openConversation("# backend-team");
        page.say("/career checklist @Ravi");
        WebElement modal = awaitModal("Share a checklist");
        modal.findElement(By.cssSelector(".modal-submit")).click();
        waitUntil(d -> modal.getText().contains("Pick at least one item, or write one."));
        snap("checklist-modal-validation");

        List<WebElement> steps = modal.findElements(By.cssSelector("[data-block-id^='next_steps'] input[type=checkbox]"));
        steps.get(0).click();
        steps.get(1).click();
        modal.findElement(By.cssSelector("[data-block-id='custom'] textarea")).sendKeys("Pair on the next design review");
        modal.findElement(By.cssSelector(".modal-submit")).click();
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
        page.awaitMessage(m -> fromBot(m) && m.getText().contains("Next-step checklist for")
                && m.getText().contains("0 of 3"));

        page.actAs("Ravi Patel");
        page.openConversation("# backend-team");
        WebElement checklist = page.awaitMessage(m -> fromBot(m) && m.getText().contains("0 of 3"));
        checklist.findElements(By.cssSelector("input[type=checkbox]")).get(0).click();
        page.awaitMessage(m -> fromBot(m) && m.getText().contains("1 of 3 done"));
        page.openConversation("Home");
        waitUntil(d -> d.findElement(By.id("home")).getText().contains("1 of 3 done"));

        page.actAs("Sam Okafor");
        page.openConversation("# backend-team");
        WebElement seenBySam = page.awaitMessage(m -> fromBot(m) && m.getText().contains("1 of 3 done"));
        seenBySam.findElements(By.cssSelector("input[type=checkbox]")).get(1).click();
        page.awaitMessage(m -> isEphemeral(m) && m.getText().contains("can update this checklist"));
        WebElement still = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Next-step checklist for"));
        assertTrue(still.getText().contains("1 of 3 done"), still.getText());
        assertFalse(still.findElements(By.cssSelector("input[type=checkbox]")).get(1).isSelected(),
                "Sam's tick is not kept");
    }

    /**
     * A manager's day: share two long next steps with Ravi, Ravi ticks one, and Maya's Home shows her team with a
     * gentle reminder. With {@code -Ddocs.screenshots=true} it refreshes {@code docs/checklist-message.png} and
     * {@code docs/team-view.png}, the docs' pictures; a plain run leaves the work tree as it is.
     */
    @Test
    void teamView_managerSeesReportsProgressAndSendsAGentleReminder() throws IOException {
        page.actAs("Maya Chen");
        page.openConversation("# backend-team");
        page.say("/career checklist @Ravi");
        WebElement modal = awaitModal("Share a checklist");
        List<WebElement> steps = modal.findElements(By.cssSelector("[data-block-id^='next_steps'] input[type=checkbox]"));
        steps.get(0).click();
        steps.get(2).click();
        modal.findElement(By.cssSelector("[data-block-id='custom'] textarea")).sendKeys("Pair on the next design review");
        modal.findElement(By.cssSelector(".modal-submit")).click();
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
        WebElement shared = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Next-step checklist for")
                && m.getText().contains("0 of 3"));
        assertTrue(shared.getText().contains("create one strong system-design case study you can explain end-to-end"),
                shared.getText());
        assertFalse(shared.getText().contains("In full"), shared.getText());

        page.actAs("Ravi Patel");
        page.openConversation("# backend-team");
        WebElement checklist = page.awaitMessage(m -> fromBot(m) && m.getText().contains("0 of 3"));
        checklist.findElements(By.cssSelector("input[type=checkbox]")).get(0).click();
        page.awaitMessage(m -> fromBot(m) && m.getText().contains("1 of 3 done"));
        snap("checklist-message");
        refreshDocsPicture("checklist-message");

        page.actAs("Maya Chen");
        page.openConversation("Home");
        waitUntil(d -> d.findElement(By.id("home")).getText().contains("Your team"));
        WebElement home = browser.findElement(By.id("home"));
        waitUntil(d -> home.getText().contains("1 of 3 done"));
        assertTrue(home.getText().indexOf("Your team") < home.getText().indexOf("Checklists you shared"),
                home.getText());
        button(home, "Send a gentle reminder").click();
        waitUntil(d -> d.findElement(By.id("home")).getText().contains("Reminded today"));
        snap("team-view");
        refreshDocsPicture("team-view");
    }

    @Test
    void checklist_sharedWhereBotIsNotMember_saysHowToInvite_andNothingIsLost() {
        page.actAs("Maya Chen");
        page.openConversation("# random");
        page.say("/career checklist @Ravi");
        WebElement modal = awaitModal("Share a checklist");
        modal.findElement(By.cssSelector("[data-block-id='custom'] textarea"))
                .sendKeys("Write the on-call handbook\nLead the Q3 capacity review");
        modal.findElement(By.cssSelector(".modal-submit")).click();
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
        WebElement warning = page.awaitMessage(m -> isEphemeral(m) && m.getText().contains("couldn't post it"));
        assertTrue(warning.getText().contains("not a member of #random"), warning.getText());

        page.say("/invite @Career Coach");
        page.awaitMessage(m -> m.getText().contains("was added to this channel"));
        button(warning, "Post again").click();
        page.awaitMessage(m -> fromBot(m) && !isEphemeral(m) && m.getText().contains("Next-step checklist for")
                && m.getText().contains("Write the on-call handbook") && m.getText().contains("0 of 2"));
        page.awaitMessage(m -> m.getText().contains("Posted the checklist in #random"));
    }

    /**
     * Not a scenario: every block and element the page can draw, rendered by the page's own Block Kit code, for the
     * elements the bot does not use today (overflow, static select, date picker, image, fields).
     */
    @Test
    void blockKit_everyKindOfBlock_isDrawn() throws IOException {
        String gallery = Files.readString(Path.of("src/test/resources/playground/blockkit-gallery.json"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const root = document.createElement('div'); root.id = 'gallery';"
                        + "root.style.cssText = 'position:fixed;top:0;bottom:0;right:0;left:260px;overflow:auto;"
                        + "background:#fff;padding:16px 20px;z-index:5';"
                        + "document.body.appendChild(root);"
                        + "root.replaceChildren(BlockKit.render(JSON.parse(arguments[0]), {people: [{id: 'U0RAVI',"
                        + " name: 'Ravi Patel'}], botId: 'U0COACH', botName: 'Career Coach', me: 'U0RAVI',"
                        + " channels: {}, confirm: (c, go) => { window.confirmed = c.title.text; go(); },"
                        + " onAction: a => { window.lastAction = a; }}));", gallery);
        WebElement root = browser.findElement(By.id("gallery"));
        assertEquals("Every block the page draws 🎉", root.findElement(By.cssSelector(".bk-header")).getText());
        WebElement text = root.findElement(By.cssSelector("[data-block-type=section] .bk-text"));
        assertEquals("Bold", text.findElement(By.tagName("b")).getText());
        assertEquals("italics", text.findElement(By.tagName("i")).getText());
        assertEquals("code", text.findElement(By.tagName("code")).getText());
        assertEquals("https://example.com/", text.findElement(By.linkText("a link")).getAttribute("href"));
        assertEquals("@Ravi Patel", text.findElement(By.cssSelector(".mention")).getText());
        assertEquals("#random", text.findElement(By.cssSelector(".channel-link")).getText());
        assertTrue(text.getText().contains("<escaped> & more"), text.getText());
        assertEquals(3, text.findElements(By.cssSelector(".li")).size());
        assertEquals("a quote", text.findElement(By.cssSelector(".quote")).getText());
        assertEquals(2, root.findElements(By.cssSelector(".bk-field")).size());
        assertEquals(1, root.findElements(By.cssSelector(".bk-divider")).size());
        assertEquals(1, root.findElements(By.cssSelector(".bk-image-img")).size());
        assertTrue(root.findElement(By.cssSelector(".bk-context")).getText().contains("2 of 5"));
        assertEquals("2027-03-03", root.findElement(By.cssSelector(".bk-date")).getAttribute("value"));
        assertTrue(root.findElement(By.cssSelector("[data-block-id=gallery_input]")).getText().contains("(optional)"));

        root.findElement(By.cssSelector(".overflow-btn")).click();
        root.findElements(By.cssSelector(".overflow-item")).get(1).click();
        assertEquals("delete", selectedValue());
        new Select(root.findElement(By.cssSelector("[data-action-id=gallery_select]"))).selectByVisibleText("Senior");
        assertEquals("senior", selectedValue());
        new Select(root.findElement(By.cssSelector("[data-action-id=gallery_user]"))).selectByVisibleText("Ravi Patel");
        assertEquals("U0RAVI", lastAction().get("selected_user"));
        root.findElements(By.cssSelector("[data-action-id=gallery_check] input")).get(1).click();
        assertEquals(2, ((List<?>) lastAction().get("selected_options")).size());
        root.findElement(By.cssSelector("[data-action-id=gallery_danger]")).click();
        assertEquals("Sure?", ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.confirmed"));
        assertEquals("gallery_actions", lastAction().get("block_id"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastAction() {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.lastAction");
    }

    private String selectedValue() {
        return String.valueOf(((Map<?, ?>) lastAction().get("selected_option")).get("value"));
    }

    // ---- what a person does on the page

    @Test
    void workflowSteps_runFromTheWorkflowsPage_andShowHowTheAppCompletedThem() {
        page.actAs("Maya Chen");
        page.openConversation("Workflows");
        WebElement share = waitUntil(d -> d.findElement(By.id("wf-share_next_step_checklist")));
        new Select(share.findElement(By.name("person"))).selectByVisibleText("Ravi Patel");
        new Select(share.findElement(By.name("channel"))).selectByVisibleText("# backend-team");
        share.findElement(By.name("extra_items")).sendKeys("Pair on a design review");
        share.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement shared = awaitRun("completed", "Share a next-step checklist");
        assertTrue(shared.getText().contains("functions.completeSuccess: message_link = "), shared.getText());

        // Sam is not in #random with the bot: the step fails with what to do.
        share = browser.findElement(By.id("wf-share_next_step_checklist"));
        new Select(share.findElement(By.name("person"))).selectByVisibleText("Sam Okafor");
        new Select(share.findElement(By.name("channel"))).selectByVisibleText("# random");
        share.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement failed = awaitRun("failed", "Share a next-step checklist");
        assertTrue(failed.getText().contains("not a member of #random"), failed.getText());

        WebElement ask = browser.findElement(By.id("wf-ask_for_skill_check"));
        new Select(ask.findElement(By.name("person"))).selectByVisibleText("Ravi Patel");
        ask.findElement(By.name("message")).sendKeys("Before our quarterly check-in");
        ask.findElement(By.cssSelector("button[type=submit]")).click();
        awaitRun("running", "Ask someone to run a skill check");

        page.actAs("Ravi Patel");
        page.openConversation("Messages");
        WebElement invite = page.awaitMessage(m -> fromBot(m)
                && m.getText().contains("asked you to run a skill check"));
        assertTrue(invite.getText().contains("Maya Chen asked you"), "names who ran it: " + invite.getText());
        assertTrue(invite.getText().contains("Before our quarterly check-in"), invite.getText());
        button(invite, "Start my skill check").click();
        page.awaitMessage(m -> fromBot(m) && m.getText().contains("1 of "));

        page.actAs("Maya Chen");
        page.openConversation("Workflows");
        WebElement started = awaitRun("completed", "Ask someone to run a skill check");
        assertTrue(started.getText().contains("started_at = "), started.getText());
    }

    /** The newest run of {@code step} on the Workflows page once it has {@code status}. */
    private WebElement awaitRun(String status, String step) {
        return new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "no " + status + " run of " + step + "; the page shows: "
                        + browser.findElement(By.id("workflows")).getText())
                .until(d -> d.findElements(By.cssSelector(".wf-run")).stream()
                        .filter(r -> r.getText().startsWith(step)).findFirst()
                        .filter(r -> status.equals(r.getAttribute("data-status"))).orElse(null));
    }

    private WebElement awaitModal(String title) {
        return waitUntil(d -> d.findElements(By.cssSelector(".modal")).stream()
                .filter(m -> m.findElement(By.tagName("h2")).getText().equals(title)).findFirst().orElse(null));
    }

    private static boolean isEphemeral(WebElement message) {
        return message.getAttribute("class").contains("ephemeral");
    }

    /** Clicks a button of the skill check's message, whichever question it shows now. */
    private void clickInCheck(String text) {
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement check = page.awaitMessage(m -> fromBot(m) && m.getText().contains("Skill check"));
                    button(check, text).click();
                    return true;
                });
    }

    private void awaitCheckAt(int question, int total) {
        page.awaitMessage(m -> fromBot(m) && m.getText().contains(question + " of " + total));
    }

    private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Copies a screenshot over the docs' picture of the same name, only when asked to (-Ddocs.screenshots=true). */
    private static void refreshDocsPicture(String name) throws IOException {
        if (Boolean.getBoolean("docs.screenshots")) {
            Files.copy(SCREENSHOTS.resolve(name + ".png"), Path.of("docs", name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
