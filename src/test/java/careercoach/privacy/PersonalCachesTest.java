package careercoach.privacy;

import careercoach.slack.UserTimeZones;
import careercoach.testkit.FakeSlackApi;
import careercoach.testkit.SlackTestKit;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forget-me leaves no copy in memory: every class that keeps a map or a cache is either about a person (a
 * {@link PersonalCache} or {@link PersonalData}, cleared by forget-me) or listed here as keeping no user id, as
 * {@code ForgetMeEverywhereTest} searches every table. A new cache fails this test until it is one or the other.
 */
class PersonalCachesTest {
    /** Classes that keep maps, and why no user id is in them. */
    private static final Map<String, String> NO_USER_ID = Map.ofEntries(
            Map.entry("careercoach.slack.CareerCommands", "subcommands by name"),
            Map.entry("careercoach.slack.WorkAfterAck", "work waiting to run, by key, gone once it ran"),
            Map.entry("careercoach.slack.InMemoryProcessedEvents", "event ids"),
            Map.entry("careercoach.web.InMemorySeenSignatures", "request signatures"),
            Map.entry("careercoach.guide.GuideLibrary", "guides by id"),
            Map.entry("careercoach.search.GuideSearch", "index of guide sections"),
            Map.entry("careercoach.search.EmbeddingCache", "vectors of guide text"),
            Map.entry("careercoach.search.IndexedSections", "guide sections"),
            Map.entry("careercoach.search.InMemoryAnswerFeedback", "a store for tests; forget-me covers it"),
            Map.entry("careercoach.guide.InMemoryGuideChoices", "a store for tests; forget-me covers it"),
            Map.entry("careercoach.playground.Workspace", "the playground's made-up people, reset with it"),
            Map.entry("careercoach.playground.SlackApiStandIn", "the playground's made-up people"),
            Map.entry("careercoach.playground.PageActions", "the playground's pages"),
            Map.entry("careercoach.coach.Conversation", "a value (its answers), stored where forget-me deletes it"),
            Map.entry("careercoach.store.JdbcConversations", "a conversation's state, as stored"),
            Map.entry("careercoach.guide.CareerPathCheck", "a guide's career path, while it is checked"),
            Map.entry("careercoach.install.Installations", "workspace installations by token: the bot's user only"),
            Map.entry("careercoach.install.TokenKeys", "encryption keys by id"),
            Map.entry("careercoach.search.GuideRouter", "the guides' role names"),
            Map.entry("careercoach.search.KindsByMeaning", "vectors of the section-kind questions"),
            Map.entry("careercoach.guide.RoleFinder", "the guides' names, as words"),
            Map.entry("careercoach.slack.paths.PathsFeature", "comparisons of two guides"),
            Map.entry("careercoach.workflow.InMemoryWorkflowRuns", "a store for tests; forget-me deletes workflow_run"),
            Map.entry("careercoach.search.Spelling", "corrections of guide words"),
            Map.entry("careercoach.search.WordPieceTokenizer", "the embedding model's vocabulary"),
            Map.entry("careercoach.slack.guide.SectionAcks", "rendered guide sections by guide"),
            Map.entry("careercoach.web.ConnectionGuard", "open connections by client address"),
            Map.entry("careercoach.web.RequestCounter", "metric series by method and path"));

    @Test
    void everyClassKeepingAMap_isAPersonalCache_orListedAsKeepingNoUserId() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("careercoach");
        Set<String> unlisted = new TreeSet<>();
        for (JavaClass c : classes) {
            boolean keepsMap = c.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                    .map(JavaField::getRawType).anyMatch(t -> t.isAssignableTo(Map.class)
                            || t.getName().startsWith("com.github.benmanes.caffeine.cache."));
            String owner = c.getName().replaceAll("\\$.*", "");
            if (keepsMap && !c.isAssignableTo(PersonalCache.class) && !c.isAssignableTo(PersonalData.class)
                    && !NO_USER_ID.containsKey(owner)) {
                unlisted.add(c.getName());
            }
        }
        assertEquals(Set.of(), unlisted, "a cache that may hold a user id: make it a PersonalCache registered with"
                + " ForgetMe, or list it in NO_USER_ID with the reason");
    }

    @Test
    void forgetMe_clearsTheTimeZonesAndGuideChoicesKeptInMemory() throws Exception {
        try (SlackTestKit kit = SlackTestKit.start()) {
            kit.slack().timeZone("ULEAVER", "Europe/Paris");
            kit.command("ULEAVER", "C1", "checklist <@UPERSON>");
            kit.slack().await(c -> c.method().equals("users.info") && "ULEAVER".equals(c.param("user")), 1);
            kit.app().awaitIdle(Duration.ofSeconds(10));
            List<PersonalCache> caches = kit.stores().forgetMe().caches();
            UserTimeZones zones = caches.stream().filter(UserTimeZones.class::isInstance)
                    .map(UserTimeZones.class::cast).findFirst().orElseThrow(() -> new AssertionError(
                            "time zones not registered with forget-me: " + caches));
            assertEquals(Optional.of(ZoneId.of("Europe/Paris")), zones.cached(FakeSlackApi.TEAM_ID, "ULEAVER"));

            kit.stores().forgetMe().forget(FakeSlackApi.TEAM_ID, "ULEAVER");

            assertEquals(Optional.empty(), zones.cached(FakeSlackApi.TEAM_ID, "ULEAVER"));
            assertTrue(caches.stream().anyMatch(c -> c.getClass().getSimpleName().equals("CachedGuideChoices"))
                    || !(kit.stores().guideChoices() instanceof PersonalCache), caches.toString());
        }
    }
}
