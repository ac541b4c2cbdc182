package careercoach.slack.guide;

import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static careercoach.testkit.SlackTestKit.ack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /career role} with 60 guides, through signed Slack requests: a typeahead select whose options come from
 * {@code block_suggestion} (titles and ids, the first ones before anything is typed), choosing saves the guide, and
 * help, the App Home and a conversation then name it. The guides are the shipped one and 59 copies of it under other
 * ids and titles.
 */
class RolePickerProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHIPPED = "backend-engineering-lead-microservices";
    private static final List<String> ROLES = List.of("Site Reliability Lead", "Frontend Lead", "Data Engineering Lead",
            "Mobile Lead", "Staff Engineer", "QA and Test Lead", "Platform Engineering Manager",
            "Security Engineering Lead", "Machine Learning Lead", "Developer Experience Lead");

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit KIT = SlackTestKit.perClass(RolePickerProtocolTest::sixtyGuides);

    static String title(int i) {
        return ROLES.get(i % ROLES.size()) + ", Track " + (i / ROLES.size() + 1);
    }

    static String id(int i) {
        return title(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Map<String, String> sixtyGuides() {
        try {
            Files.createDirectories(indexData.resolve("guides"));
            String shipped = Files.readString(Path.of("index-data/guides", SHIPPED + ".yml"));
            Files.writeString(indexData.resolve("guides/" + SHIPPED + ".yml"), shipped);
            for (int i = 0; i < 59; i++) {
                String copy = shipped.replaceFirst("(?m)^id: .*$", "id: " + id(i))
                        .replaceFirst("(?m)^title: .*$", "title: " + title(i))
                        // Each role has its own other names; the shipped guide's would name every copy. The first
                        // two share one, as validate warns: "Guild Captain".
                        .replaceFirst("(?m)^aliases: .*\\R", i < 2 ? "aliases: [Guild Captain]\n" : "");
                Files.writeString(indexData.resolve("guides/" + id(i) + ".yml"), copy);
            }
            Files.copy(Path.of("index-data/synonyms.txt"), indexData.resolve("synonyms.txt"));
            Files.writeString(indexData.resolve("default-guide"), SHIPPED + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("INDEX_DATA", indexData.toString());
    }

    private static HttpResponse<String> select(String userId, String guideId) throws Exception {
        ObjectNode payload = SlackTestKit.interaction("block_actions", userId);
        payload.put("trigger_id", "trigger-select");
        payload.put("response_url", KIT.slack().responseUrl("select-" + userId));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("type", "external_select").put("action_id", GuideFeature.ROLE_SELECT_ACTION)
                .put("block_id", "career_role_picker").put("action_ts", "1700000001.000001");
        action.putObject("selected_option").put("value", guideId)
                .putObject("text").put("type", "plain_text").put("text", "a guide");
        return KIT.postInteraction(payload);
    }

    @Test
    void role_withSixtyGuides_offersATypeaheadInsteadOfAList() throws Exception {
        JsonNode body = ack(KIT.command("U1", "C1", "role"));

        assertEquals("ephemeral", body.path("response_type").asText());
        JsonNode blocks = body.path("blocks");
        assertTrue(blocks.size() < 50, blocks.size() + " blocks");
        List<JsonNode> selects = blocks.findParents("action_id").stream()
                .filter(e -> GuideFeature.ROLE_SELECT_ACTION.equals(e.path("action_id").asText())).toList();
        assertEquals(1, selects.size(), blocks.toString());
        assertEquals("external_select", selects.get(0).path("type").asText());
        assertEquals(0, selects.get(0).path("min_query_length").asInt(-1));
        assertFalse(blocks.toString().contains(GuideFeature.ROLE_ACTION + "\""), "no button per guide");
        assertTrue(blocks.toString().contains("Your guide: *Backend Engineering Lead (Microservices)*"),
                blocks.toString());
        assertTrue(blocks.toString().contains("among 60 guides"), blocks.toString());
    }

    @Test
    void role_typedAsAnotherNameOfTheRole_choosesThatGuide() throws Exception {
        JsonNode body = ack(KIT.command("U20", "C1", "role backend lead"));

        assertEquals("Your guide is now *Backend Engineering Lead (Microservices)*.", body.path("text").asText(),
                body.toString());
        assertEquals(Optional.of(SHIPPED), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U20"));
    }

    @Test
    void role_whenTheChosenGuideIsNoLongerServed_saysSoRatherThanThatNoneWasChosen() throws Exception {
        KIT.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "U21", "retired-role-lead");

        String shown = ack(KIT.command("U21", "C1", "role")).path("blocks").toString();

        assertFalse(shown.contains("you have not chosen one"), shown);
        assertTrue(shown.contains("The guide you chose, `retired-role-lead`, is no longer served"), shown);
        assertTrue(shown.contains("Your guide: *Backend Engineering Lead (Microservices)* (the default)"), shown);
    }

    @Test
    void appHome_whenTheChosenGuideIsNoLongerServed_saysSoBesideTheDefaultItShows() throws Exception {
        KIT.stores().guideChoices().choose(FakeSlackApi.TEAM_ID, "U22", "retired-role-lead");

        String home = KIT.openHome("U22").toString();
        assertTrue(home.contains("Your role: *Backend Engineering Lead (Microservices)* (the default: the guide you"
                + " chose is no longer served)"), home);
    }

    @Test
    void role_misspeltAmongManyGuides_offersTheClosestRolesToChoose() throws Exception {
        JsonNode blocks = ack(KIT.command("U22", "C1", "role secuirty engineering lead")).path("blocks");

        List<String> offered = blocks.findParents("action_id").stream()
                .filter(e -> GuideFeature.ROLE_ACTION.equals(e.path("action_id").asText()))
                .map(e -> e.path("value").asText()).toList();
        assertFalse(offered.isEmpty(), blocks.toString());
        assertTrue(offered.stream().allMatch(id -> id.startsWith("security-engineering-lead-track-")),
                offered + " in " + blocks);
    }

    @Test
    void role_namedByAnotherNameTwoGuidesShare_offersTheGuidesNamedSoToChoose() throws Exception {
        JsonNode blocks = ack(KIT.command("U23", "C1", "role guild captain")).path("blocks");

        List<String> offered = blocks.findParents("action_id").stream()
                .filter(e -> GuideFeature.ROLE_ACTION.equals(e.path("action_id").asText()))
                .map(e -> e.path("value").asText()).toList();
        assertTrue(offered.containsAll(List.of(id(0), id(1))), offered + " in " + blocks);
    }

    @Test
    void roleWithAPerson_saysItIsForRoles_andEchoesNoMention() throws Exception {
        HttpResponse<String> ack = KIT.command("U24", "C1", "role <@U0999|alice>");

        assertEquals(200, ack.statusCode());
        assertTrue(ack.body().contains("roles, not people"), ack.body());
        assertFalse(ack.body().contains("U0999"), ack.body());
    }

    @Test
    void suggestions_beforeTyping_listTheFirstGuidesByTitle_withinSlacksLimits() throws Exception {
        List<JsonNode> options = KIT.roleSuggestions("U2", "");

        assertEquals(60, options.size());
        List<String> titles = options.stream().map(o -> o.path("text").path("text").asText()).toList();
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
        assertTrue(options.stream().allMatch(o -> o.path("text").path("text").asText().length() <= 75
                && o.path("value").asText().length() <= 150));
        assertEquals("Backend Engineering Lead (Microservices)", titles.get(0));
    }

    @Test
    void suggestions_whileTyping_matchWordBeginningsOfTitlesAndIds() throws Exception {
        List<JsonNode> sre = KIT.roleSuggestions("U3", "site rel");
        assertEquals(6, sre.size(), sre.toString());
        assertTrue(sre.stream().allMatch(o -> o.path("text").path("text").asText().startsWith("Site Reliability Lead")));

        List<JsonNode> one = KIT.roleSuggestions("U3", "track 3 FRONT");
        assertEquals(List.of(id(21)), one.stream().map(o -> o.path("value").asText()).toList());

        List<JsonNode> byId = KIT.roleSuggestions("U3", "microservices");
        assertEquals(List.of(SHIPPED), byId.stream().map(o -> o.path("value").asText()).toList());

        assertTrue(KIT.roleSuggestions("U3", "astronaut").isEmpty());
    }

    @Test
    void choosing_savesTheGuide_andHelpHomeAndConversationsNameIt() throws Exception {
        String chosenId = id(13);
        String chosenTitle = title(13);
        assertEquals(200, select("U4", chosenId).statusCode());

        FakeSlackApi.Call answer = KIT.slack().await("response_url", 1).get(0);
        assertEquals("Your guide is now *" + chosenTitle + "*.", answer.param("text"));
        assertEquals(Optional.of(chosenId), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U4"));

        JsonNode help = ack(KIT.command("U4", "C1", "help"));
        assertTrue(help.toString().contains("Your guide: *" + chosenTitle + "*"), help.toString());

        JsonNode picker = ack(KIT.command("U4", "C1", "role"));
        JsonNode select = picker.path("blocks").findParents("action_id").stream()
                .filter(e -> GuideFeature.ROLE_SELECT_ACTION.equals(e.path("action_id").asText())).findFirst()
                .orElseThrow();
        assertEquals(chosenId, select.path("initial_option").path("value").asText());

        JsonNode home = KIT.openHome("U4");
        assertTrue(home.toString().contains(chosenTitle), home.toString());

        KIT.command("U4", "C1", "check");
        FakeSlackApi.Call question = KIT.slack().await(c -> c.method().equals("chat.postMessage")
                && "DU4".equals(c.param("channel")), 1).get(0);
        assertTrue(question.blocks().toString().contains("1 of ") && question.blocks().toString().contains(chosenTitle),
                question.blocks().toString());
    }

    @Test
    void choosing_aGuideThatIsGone_saysSoAndKeepsTheChoice() throws Exception {
        assertEquals(200, select("U5", "no-such-guide").statusCode());

        assertEquals("That guide is no longer available.",
                KIT.slack().await("response_url", 1).get(0).param("text"));
        assertEquals(Optional.empty(), KIT.stores().guideChoices().chosenGuide(FakeSlackApi.TEAM_ID, "U5"));
    }
}
