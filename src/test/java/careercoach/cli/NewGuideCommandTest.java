package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideDraft;
import careercoach.guide.GuideLoader;
import careercoach.guide.SectionIds;
import careercoach.testkit.LiveIndexData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewGuideCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new NewGuideCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), name -> null).run(args);
    }

    @Test
    void run_writesADraftWithEverySection_thatIsNotServed(@TempDir Path dir) throws Exception {
        Path indexData = LiveIndexData.copyOfShipped(dir);

        assertEquals(0, run("frontend-lead", "Frontend \"Web\" Lead", indexData.toString()), err::toString);

        assertTrue(new GuideLoader().load(indexData).find("frontend-lead").isEmpty(), "a draft is not served");
        GuideDraft draft = new GuideLoader().check(indexData).drafts().get(0);
        Guide guide = draft.guide();
        assertEquals("Frontend \"Web\" Lead", guide.title());
        for (String section : SectionIds.ALL) {
            assertTrue(guide.section(section).isPresent(), section);
        }
        String yaml = Files.readString(indexData.resolve("guides/frontend-lead.yml"));
        assertTrue(yaml.contains("# must equal the file name"), yaml);
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("draft") && said.contains("validate") && said.contains("Replace:"), said);
        assertTrue(said.contains("java -jar career-coach.jar validate " + indexData), said);
        assertFalse(said.contains("target/"), "a delivered jar has no target/ folder beside it: " + said);
    }

    @Test
    void run_inAnEmptyFolder_writesTheDraft_andSaysItIsNotServedYet(@TempDir Path indexData) throws Exception {
        assertEquals(0, run("sre-lead", "SRE Lead", indexData.toString()), err::toString);

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("draft"), out::toString);
    }

    @Test
    void validate_listsEveryPlaceholderOfADraftAsAWarning_andPasses(@TempDir Path dir) throws Exception {
        Path indexData = LiveIndexData.copyOfShipped(dir);
        run("frontend-lead", "Frontend Lead", indexData.toString());
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();

        int status = new ValidateCommand(new PrintStream(summary, true, StandardCharsets.UTF_8),
                new PrintStream(warnings, true, StandardCharsets.UTF_8), name -> null)
                .run(new String[] {indexData.toString()});

        assertEquals(0, status, warnings::toString);
        String listed = summary.toString(StandardCharsets.UTF_8);
        assertTrue(listed.lines().anyMatch(l -> l.matches(".*frontend-lead\\.yml:\\d+: warning: draft, not served:"
                + " replace \"Replace: a responsibility of the role\".*")), listed);
        assertTrue(summary.toString(StandardCharsets.UTF_8).contains("1 draft not served (frontend-lead)"),
                summary::toString);
    }

    @Test
    void draftMarkDeleted_withPlaceholdersLeft_isRefused_saying_whatToReplace(@TempDir Path dir) throws Exception {
        Path indexData = LiveIndexData.copyOfShipped(dir);
        run("frontend-lead", "Frontend Lead", indexData.toString());
        Path file = indexData.resolve("guides/frontend-lead.yml");
        Files.writeString(file, Files.readString(file).lines().filter(l -> !l.startsWith("draft:"))
                .reduce("", (a, b) -> a + b + "\n"));
        ByteArrayOutputStream problems = new ByteArrayOutputStream();

        int status = new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(problems, true, StandardCharsets.UTF_8), name -> null)
                .run(new String[] {indexData.toString()});

        assertEquals(1, status);
        List<String> lines = problems.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*frontend-lead\\.yml:\\d+: .*\"Replace: a responsibility"
                + " of the role\".*")), String.join("\n", lines));
    }

    @Test
    void draftCompleted_isServed(@TempDir Path dir) throws Exception {
        Path indexData = LiveIndexData.copyOfShipped(dir);
        run("frontend-lead", "Frontend Lead", indexData.toString());
        Path file = indexData.resolve("guides/frontend-lead.yml");
        Files.writeString(file, completed(Files.readString(file)));

        assertFalse(new GuideLoader().load(indexData).find("frontend-lead").isEmpty());
    }

    @Test
    void run_neverOverwritesAndRefusesBadIds(@TempDir Path indexData) throws Exception {
        assertEquals(0, run("sre-lead", "SRE Lead", indexData.toString()));
        Path file = indexData.resolve("guides/sre-lead.yml");
        Files.writeString(file, Files.readString(file).replace("Replace: two or three", "Runs reliability."));

        assertEquals(1, run("sre-lead", "SRE Lead", indexData.toString()));
        assertTrue(Files.readString(file).contains("Runs reliability."));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists"), err::toString);

        assertEquals(2, run("SRE_Lead", "SRE Lead", indexData.toString()));
        assertEquals(2, run("sre-lead"));
    }

    @Test
    void run_anOptionAfterTheArguments_isHonouredOrRefused_neverTakenAsAFolder(@TempDir Path indexData)
            throws Exception {
        List<Path> asFolders = List.of(Path.of("--help"), Path.of("--force"), Path.of("-h"));
        try {
            assertEquals(0, run("frontend-lead", "Frontend Lead", "--help"));
            assertEquals(0, run("frontend-lead", "Frontend Lead", indexData.toString(), "-h"));
            assertEquals(2, run("frontend-lead", "Frontend Lead", "--force"));

            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(
                    "usage: java -jar career-coach.jar new-guide ID \"Title\" [INDEX_DATA_DIR]"), out::toString);
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("new-guide: unknown option --force"),
                    err::toString);
            for (Path folder : asFolders) {
                assertFalse(Files.exists(folder), folder + " was taken as the index-data folder");
            }
            assertFalse(Files.exists(indexData.resolve("guides")));
        } finally {
            for (Path folder : asFolders) {
                if (Files.exists(folder)) {
                    try (Stream<Path> files = Files.walk(folder)) {
                        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
            }
        }
    }

    /** The skeleton as an author leaves it when done: every placeholder written, the draft mark deleted. */
    static String completed(String skeleton) {
        return skeleton.lines().filter(l -> !l.startsWith("draft:"))
                .map(l -> l.replace("Replace: ", "Written: "))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
