package careercoach.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    private static final Path SHIPPED = Path.of("index-data/guides/backend-engineering-lead-microservices.yml");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void run_shippedData_printsTheWarningsThenASummaryThatCountsThem_andExitsZero() {
        int status = command(Map.of()).run(new String[] {"index-data"});

        assertEquals(0, status);
        assertEquals("", text(err), "one stream, so that nothing is read out of order");
        List<String> lines = text(out).lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("index-data: OK, 8 warnings: 1 guide, 9 sections, \\d+ items"),
                () -> text(out));
        List<String> warnings = lines.subList(0, lines.size() - 1);
        assertEquals(8, warnings.size(), () -> text(out));
        String warning = "index-data/guides/backend-engineering-lead-microservices\\.yml:\\d+: warning: role '.+'"
                + " has no guide: .+";
        warnings.forEach(line -> assertTrue(line.matches(warning), line));
    }

    @Test
    void run_guideWithItsOwnSectionIds_saysTheKindOfEachAndWarnsOfTheSectionOfNone() {
        Path dir = Path.of("src/test/resources/edge-guides/own-section-ids");
        String file = dir.resolve("guides/security-engineering-lead.yml").toString();

        int status = command(Map.of()).run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        List<String> lines = text(out).lines().toList();
        for (String kind : List.of("'the-job' is of kind overview (inferred from its title",
                "'day-to-day' is of kind key-responsibilities (inferred from its title",
                "'pay-and-market' is of kind salary-and-demand (inferred from its title",
                "'first-moves' is of kind next-steps (declared)",
                "'where-people-stumble' is of kind skill-gaps (declared)",
                "'certifications' is of no kind")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ":") && l.contains("section " + kind)),
                    () -> kind + " in\n" + text(out));
        }
        assertTrue(lines.get(lines.size() - 1).startsWith(dir + ": OK, 4 warnings: 1 guide, 10 sections"),
                () -> text(out));
        // One fact, one line: the section of none is said once, as the warning it is.
        assertEquals(List.of(file + ":"), lines.stream().filter(l -> l.contains("section 'certifications'"))
                .map(l -> l.substring(0, file.length() + 1)).toList(), () -> text(out));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ":") && l.contains(
                "warning: section 'certifications' is of no kind")), () -> text(out));
    }

    @Test
    void run_sectionOfNoKind_warnsWhatThatCostsAndWhichHeadingsGiveOne() {
        Path dir = Path.of("src/test/resources/edge-guides/own-section-ids");

        int status = command(Map.of()).run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        String warning = text(out).lines().filter(l -> l.contains("warning: section 'certifications' is of no kind"))
                .findFirst().orElseThrow(() -> new AssertionError(text(out)));
        String message = warning.substring(warning.indexOf("warning: ") + "warning: ".length());
        assertTrue(message.contains("no command shows it"), warning);
        assertTrue(message.contains("'What you'll do'") && message.contains("index-data/README.md"), warning);
        assertTrue(message.contains("or declare 'kind:'"), warning);
        assertTrue(message.length() <= 240, () -> "a line a person reads, not " + message.length() + " characters: "
                + warning);
    }

    @Test
    void run_sectionsUnderHeadingsOfNoKind_sayWhichKindEachIsReadAsFromItsContent() {
        // "Hard lessons" and "Money" name no kind; what they say reads as the skill gaps and the pay, which is how
        // commands show them and the search answers from them. "On the job" reads as no kind clearly enough.
        Path dir = Path.of("src/test/resources/search/no-kind-headings");
        String file = dir.resolve("guides/data-engineering-lead.yml").toString();

        int status = command(Map.of("SEARCH_CACHE", "target/no-kind-headings-embeddings"))
                .run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        List<String> lines = text(out).lines().toList();
        for (String kind : List.of("section 'hard-lessons' is of kind skill-gaps (read from its content",
                "section 'money' is of kind salary-and-demand (read from its content",
                "section 'on-the-job' is of no kind")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ":") && l.contains(kind)),
                    () -> kind + " in\n" + text(out));
        }
        // One fact, one line each: the kind read (or none) and what to do about it, as one warning.
        for (String section : List.of("hard-lessons", "money", "on-the-job")) {
            List<String> said = lines.stream().filter(l -> l.contains("section '" + section + "'")).toList();
            assertEquals(1, said.size(), () -> section + " in\n" + text(out));
            assertTrue(said.get(0).contains(": warning: section '" + section + "' is of "), said.get(0));
        }
        String warning = lines.stream().filter(l -> l.contains("warning: section 'money' is of kind"
                + " salary-and-demand (read from its content")).findFirst()
                .orElseThrow(() -> new AssertionError(text(out)));
        assertTrue(warning.contains("declare 'kind: salary-and-demand'"), warning);
    }

    @Test
    void run_sectionOfPayBandsUnderAHeadingOfNoKind_isReadAsTheSalary(@TempDir Path dir) throws Exception {
        // Pay bands written as the format has them (a name and a range, no sentence) say nothing the model reads
        // as pay; the ranges do: the section is the salary, so /career salary shows it.
        Path guides = java.nio.file.Files.createDirectories(dir.resolve("guides"));
        java.nio.file.Files.writeString(guides.resolve("data-platform-lead.yml"), """
                id: data-platform-lead
                title: Data Platform Lead
                sections:
                  - id: overview
                    title: Overview
                    text: A Data Platform Lead runs the team that builds the data pipelines and the warehouse.
                  - id: money
                    title: Money
                    items:
                      - id: uk
                        name: Lead
                        range: £90k–£115k base (UK)
                      - id: us
                        name: Lead (US)
                        range: $170k–$210k base (US)
                """);

        int status = command(Map.of("SEARCH_CACHE", "target/no-kind-headings-embeddings"))
                .run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        assertTrue(text(out).lines().anyMatch(l -> l.contains("section 'money' is of kind salary-and-demand")),
                () -> text(out));
    }

    @Test
    void run_skillAreasWithNoActions_warnOncePerSectionThatThePlanHasNoStepsForThem() {
        Path dir = Path.of("src/test/resources/edge-guides/no-next-steps");
        String file = dir.resolve("guides/data-platform-lead.yml").toString();

        int status = command(Map.of()).run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        // The guide says what the role needs but not what it does: validate says that too, before the skill areas.
        assertEquals(List.of(file + ":2: warning: the guide has no responsibilities section (no section is of that"
                        + " kind), so /career responsibilities shows none: title the section that says what the role"
                        + " does as guides do ('Key Responsibilities' or 'What you'll do') or declare its 'kind:'",
                file + ":9: warning: section 'skill-gaps': 2 skill areas name no actions (streaming,"
                        + " data-contracts): a skill check that finds them gaps gives a plan with no steps for them;"
                        + " list in each area's 'actions' the next steps or development suggestions that build it"),
                text(out).lines().filter(l -> l.contains(": warning: ")).toList());
    }

    @Test
    void run_twoGuidesWhoseRoleNamesSayTheSameWords_warns(@TempDir Path dir) throws Exception {
        shippedAndACopyAs(dir, "lead-backend", "Lead Backend Engineers", "[Server Lead]");

        int status = command(Map.of()).run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        assertTrue(text(out).contains("lead-backend.yml:4: warning: role name 'Lead Backend Engineers' cannot be"
                + " told apart from 'Lead Backend Engineer' of guide 'backend-engineering-lead-microservices'"),
                () -> text(out));
    }

    @Test
    void run_anAliasThatSaysAnotherGuidesRoleName_warnsOnTheAliasesLine(@TempDir Path dir) throws Exception {
        shippedAndACopyAs(dir, "server-lead", "Server Lead", "[API Lead, Backend Leads]");

        int status = command(Map.of()).run(new String[] {dir.toString()});

        assertEquals(0, status, () -> text(err));
        assertTrue(text(out).contains("server-lead.yml:6: warning: role name 'Backend Leads' cannot be told apart"
                + " from 'Backend Lead' of guide 'backend-engineering-lead-microservices'"), () -> text(out));
    }

    @Test
    void run_aliasSaidTwice_isAProblem(@TempDir Path dir) throws Exception {
        Path guides = java.nio.file.Files.createDirectories(dir.resolve("guides"));
        Files.writeString(guides.resolve(SHIPPED.getFileName()), Files.readString(SHIPPED)
                .replaceFirst("aliases: .*", "aliases: [Backend Lead, backend lead]"));

        int status = command(Map.of()).run(new String[] {dir.toString()});

        assertEquals(1, status);
        assertTrue(text(err).contains("alias 'backend lead' is said twice"), () -> text(err));
    }

    @Test
    void run_noArgument_readsTheDirectoryNamedByIndexData() throws Exception {
        int status = command(Map.of("INDEX_DATA", brokenGuides().toString())).run(new String[0]);

        assertEquals(1, status);
        assertTrue(text(err).contains("syntax-error.yml:7: YAML syntax error"), () -> text(err));
    }

    @Test
    void run_brokenGuides_printsEveryProblemAsFileLineMessageAndExitsOne() throws Exception {
        int status = command(Map.of()).run(new String[] {brokenGuides().toString()});

        assertEquals(1, status);
        assertEquals("", text(out));
        List<String> lines = text(err).lines().toList();
        List<String> problems = lines.subList(0, lines.size() - 1).stream()
                .filter(line -> !line.contains(": warning: ")).toList();
        List<String> warnings = lines.subList(0, lines.size() - 1).stream()
                .filter(line -> line.contains(": warning: ")).toList();
        problems.forEach(line -> assertTrue(line.matches(".+\\.yml:\\d+: .+"), line));
        assertEquals(List.of(brokenGuides().resolve("guides/broken-content.yml") + ":50: warning: role 'Engineering"
                + " Manager' has no guide: add one (new-guide or import), or name its guide with guide: <id>"),
                warnings);
        assertTrue(problems.stream().anyMatch(l -> l.endsWith(
                "wrong-name.yml:3: guide has no title")), () -> text(err));
        assertTrue(problems.stream().anyMatch(l -> l.contains(
                "broken-content.yml:4: unknown field 'colour' in guide")), () -> text(err));
        assertEquals(problems.size() + " problems and 1 warning in " + brokenGuides(), lines.get(lines.size() - 1));
    }

    @Test
    void run_missingDirectory_exitsOne(@TempDir Path empty) {
        int status = command(Map.of()).run(new String[] {empty.resolve("nowhere").toString()});

        assertEquals(1, status);
        assertTrue(text(err).startsWith(empty.resolve("nowhere").resolve("guides") + ": no such directory"),
                () -> text(err));
    }

    @Test
    void run_tooManyArguments_printsUsageAndExitsTwo() {
        int status = command(Map.of()).run(new String[] {"a", "b"});

        assertEquals(2, status);
        assertTrue(text(err).startsWith("usage:"));
    }

    @Test
    void run_help_printsUsageAndExitsZero() {
        assertEquals(0, command(Map.of()).run(new String[] {"--help"}));
        assertTrue(text(out).startsWith("usage:"));
    }

    /**
     * The shipped guide and beside it a copy of it as another role, under {@code dir/guides}: the copy has this id,
     * title and aliases line ({@code [A, B]}) and says the rest as the shipped guide does.
     */
    private static void shippedAndACopyAs(Path dir, String id, String title, String aliases) throws IOException {
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.copy(SHIPPED, guides.resolve(SHIPPED.getFileName()));
        Files.writeString(guides.resolve(id + ".yml"), Files.readString(SHIPPED)
                .replace("id: backend-engineering-lead-microservices", "id: " + id)
                .replace("title: Backend Engineering Lead (Microservices)", "title: " + title)
                .replaceFirst("aliases: .*", "aliases: " + aliases));
    }

    private ValidateCommand command(Map<String, String> env) {
        return new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env::get);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static Path brokenGuides() throws Exception {
        return Path.of(Objects.requireNonNull(ValidateCommandTest.class.getResource("/broken-guides")).toURI());
    }
}
