package careercoach.slack.checklist;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistItem;
import careercoach.checklist.ChecklistOverview;
import careercoach.checklist.ChecklistPolicy;
import careercoach.checklist.ItemSource;
import careercoach.checklist.ItemTick;
import careercoach.checklist.NewItem;
import careercoach.checklist.Places;
import careercoach.guide.Guide;
import careercoach.guide.GuideLoader;
import careercoach.guide.Item;
import careercoach.slack.HomeTab;
import careercoach.slack.coach.CoachRenderer;
import careercoach.slack.guide.HomeRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Block Kit of checklists against golden JSON files, and Slack's limits whatever the data. */
class ChecklistRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden/checklist");
    private static final Instant AT = Instant.parse("2026-11-28T10:15:00Z");

    private final ChecklistRenderer renderer = new ChecklistRenderer();

    static Checklist checklist(long id, int items, int ticked, boolean archived) {
        List<ChecklistItem> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            Optional<ItemTick> tick = i <= ticked ? Optional.of(new ItemTick(i % 2 == 0 ? "UMANAGER" : "UPERSON", AT))
                    : Optional.empty();
            String text = i == 1 ? "Pick a target domain (payments, identity, search, orders, etc.) and create one "
                    + "strong system-design case study you can explain end-to-end" : "Item <" + i + "> & more";
            list.add(new ChecklistItem(String.valueOf(i), i == 1 ? ItemSource.GUIDE : ItemSource.CUSTOM,
                    i == 1 ? "next-steps/system-design-case-study" : "", text, tick));
        }
        return new Checklist(id, "T1", Optional.of("CTEAM"), Optional.of("CTEAM"), Optional.of("1700000000.000100"),
                Optional.of("https://example.slack.com/archives/CTEAM/p1700000000000100"), "UPERSON", "UMANAGER",
                Optional.of(LocalDate.of(2026, 12, 24)), archived, AT, list);
    }

    private static void assertGolden(String name, Object blocks) throws Exception {
        String actual = GsonFactory.createSnakeCase().toJson(blocks);
        Path file = GOLDEN.resolve(name + ".json");
        if (!Files.exists(file)) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(actual))
                    + "\n");
            fail("wrote new golden file " + file + "; review it and run again");
        }
        JsonNode expected = JSON.readTree(Files.readString(file));
        assertEquals(expected, JSON.readTree(actual), "differs from " + file);
    }

    @Test
    void whatsLeft_namesEachOpenItem_countsWhatIsCut_andSaysWhenAllIsDone() {
        String left = readTree(GsonFactory.createSnakeCase().toJson(renderer.whatsLeft(
                new ChecklistOverview(List.of(checklist(7, 14, 2, false)), List.of())))).toString();
        assertTrue(left.contains("2 of 14 done"), left);
        assertTrue(left.contains("• Item &lt;3&gt; &amp; more"), "open items are named, escaped: " + left);
        assertFalse(left.contains("• Item &lt;2&gt;"), "a done item is not left: " + left);
        assertTrue(left.contains("and 2 more"), "items past ten are counted: " + left);

        String done = readTree(GsonFactory.createSnakeCase().toJson(renderer.whatsLeft(
                new ChecklistOverview(List.of(checklist(8, 3, 3, false)), List.of())))).toString();
        assertTrue(done.contains("Nothing is left"), done);

        String manager = readTree(GsonFactory.createSnakeCase().toJson(renderer.whatsLeft(
                new ChecklistOverview(List.of(), List.of(checklist(9, 3, 1, false)))))).toString();
        assertTrue(manager.contains("No checklist is shared with you") && manager.contains("Checklists you shared"),
                "a manager with none for herself is not told how managers share one: " + manager);
    }

    @Test
    void message_openChecklist() throws Exception {
        assertGolden("message-open", renderer.message(checklist(7, 3, 1, false)));
    }

    @Test
    void message_archivedHasNoCheckboxes() throws Exception {
        assertGolden("message-archived", renderer.message(checklist(7, 3, 2, true)));
    }

    @Test
    void message_eachItemWholeOnceInItsOwnSectionWithACheckbox() {
        Checklist checklist = checklist(8, 25, 12, false);
        JsonNode tree = readTree(GsonFactory.createSnakeCase().toJson(renderer.message(checklist)));
        List<JsonNode> items = new ArrayList<>();
        tree.forEach(block -> {
            if (block.path("accessory").path("type").asText().equals("checkboxes")) {
                items.add(block);
            }
        });
        assertEquals(25, items.size());
        String whole = checklist.items().get(0).text();
        assertEquals(1, occurrences(tree.toString(), whole), "the long first step is shown whole, once");
        items.forEach(item -> {
            assertEquals(1, item.path("accessory").path("options").size());
            assertTrue(item.path("text").path("text").asText().length() <= 3000);
        });
        assertEquals(12, items.stream().filter(i -> i.path("accessory").has("initial_options")).count());
        assertTrue(tree.toString().contains("12 of 25 done"));
    }

    @Test
    void message_itemTextEscapedAndTickerNamed() {
        JsonNode tree = readTree(GsonFactory.createSnakeCase().toJson(renderer.message(checklist(9, 3, 3, false))));
        assertEquals("Item &lt;2&gt; &amp; more · <@UMANAGER>", tree.get(2).path("text").path("text").asText());
    }

    @Test
    void message_pastFiftyBlocks_firstItemsAndShowAllInHome() {
        Checklist base = checklist(10, 1, 0, false);
        List<ChecklistItem> many = IntStream.rangeClosed(1, 60).mapToObj(i -> new ChecklistItem(String.valueOf(i),
                ItemSource.CUSTOM, "", "Step " + i, Optional.<ItemTick>empty())).toList();
        Checklist big = new Checklist(10, "T1", base.channelId(), base.messageChannel(), base.messageTs(),
                base.permalink(), "UPERSON", "UMANAGER", base.dueDate(), false, AT, many);

        var blocks = renderer.message(big);

        assertEquals(50, blocks.size());
        String json = GsonFactory.createSnakeCase().toJson(blocks);
        assertTrue(json.contains("Step 46\""), json);
        assertTrue(!json.contains("Step 47\""), json);
        assertTrue(json.contains("and 14 more items: show all in my *App Home*"), json);
    }

    @Test
    void shareModal_namedStepShowsItsNameAndItsWholeTextOnce() {
        NewItem named = new NewItem(ItemSource.GUIDE, "next-steps/case-study", "Pick a target domain (payments, "
                + "identity, search, orders, etc.) and create one strong system-design case study you can explain "
                + "end-to-end", "System-design case study");
        NewItem shortStep = new NewItem(ItemSource.GUIDE, "next-steps/short", "Read the on-call handbook");
        String json = GsonFactory.createSnakeCase().toJson(new ChecklistModalRenderer().shareModal("{}",
                Optional.empty(), "Guide", List.of(named, shortStep), List.of()));

        assertTrue(json.contains("\"text\":\"System-design case study\""), json);
        assertEquals(1, occurrences(json, named.text()), json);
        assertEquals(1, occurrences(json, shortStep.text()), json);
    }

    private static int occurrences(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void refusal_namesWhoMay() {
        assertEquals("Only <@UPERSON> or <@UMANAGER> can update this checklist.",
                renderer.refusal(List.of("UPERSON", "UMANAGER")));
        assertEquals("Only a former member or <@UMANAGER> can update this checklist.",
                renderer.refusal(List.of(ChecklistPolicy.FORGOTTEN_USER, "UMANAGER")));
    }

    @Test
    void overview_golden() throws Exception {
        Checklist own = new Checklist(3, "T1", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "UMANAGER",
                "UMANAGER", Optional.empty(), false, AT, checklist(3, 2, 0, false).items());
        assertGolden("overview", renderer.overview(new ChecklistOverview(List.of(own),
                List.of(checklist(7, 3, 1, false)))));
    }

    @Test
    void history_golden() throws Exception {
        assertGolden("history", renderer.history(List.of(
                new AuditEntry(7, "UPERSON", AuditAction.TICK, "Write <the> doc", AT.plusSeconds(60), Places.APP_HOME),
                new AuditEntry(7, "UMANAGER", AuditAction.SHARE, "", AT, "CTEAM"),
                new AuditEntry(7, ChecklistPolicy.FORGOTTEN_USER, AuditAction.FORGET, "", AT, Places.FORGET_ME))));
    }

    @Test
    void notPosted_golden() throws Exception {
        assertGolden("not-posted", renderer.notPosted(checklist(7, 3, 0, false), "not_in_channel"));
    }

    @Test
    void reminder_golden() throws Exception {
        assertGolden("reminder", renderer.reminder(checklist(7, 3, 1, false)));
    }

    @Test
    void shareModal_golden() throws Exception {
        Guide guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
        var steps = NewItem.nextSteps(guide, List.of("system-design-case-study", "leadership-portfolio"));
        assertGolden("share-modal", new ChecklistModalRenderer().shareModal("{\"channel\":\"CTEAM\"}",
                Optional.of("UPERSON"), guide.title(), steps, List.of(NewItem.custom("Plan entry"))));
    }

    @Test
    void home_golden() throws Exception {
        Guide guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
        assertGolden("home", home(guide, Optional.of("Top gaps: System design"),
                new ChecklistOverview(List.of(checklist(7, 3, 1, false)), List.of())));
    }

    @Test
    void home_manyChecklistsStayWithin100Blocks() throws Exception {
        Guide guide = new GuideLoader().load(Path.of("index-data")).defaultGuide();
        List<Checklist> many = IntStream.range(0, 60).mapToObj(i -> checklist(i, 40, 3, false)).toList();

        var view = home(guide, Optional.empty(), new ChecklistOverview(many, many));

        assertTrue(view.getBlocks().size() <= 100, "blocks: " + view.getBlocks().size());
        String json = GsonFactory.createSnakeCase().toJson(view);
        assertTrue(json.contains("Checklists you shared"), "both lists shown");
        assertTrue(json.contains("more: see `/career checklist`"));
    }

    /** The App Home as the app composes it: the guide's part, the coach's, then the checklists. */
    private static View home(Guide guide, Optional<String> latestCheck, ChecklistOverview overview) {
        HomeTab home = new HomeTab(null, null);
        home.add((teamId, userId, room) -> new HomeRenderer().homePart(guide));
        home.add((teamId, userId, room) -> List.of(new CoachRenderer().latestCheck(latestCheck)));
        home.add((teamId, userId, room) -> new ChecklistHomeRenderer().blocks(overview, room));
        return home.view("T1", "UPERSON");
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
