package careercoach.guide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every {@code guides/*.yml} under an index-data directory into a {@link GuideLibrary}, checking the content
 * on the way. All problems of all files are collected, each with its file and line, so that an author sees them at
 * once; the format is described in {@code index-data/README.md}.
 */
public final class GuideLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GuideLoader.class);
    private static final String GUIDE_SUFFIX = ".yml";

    private record GuideLocation(Path file, int line) {
    }

    /** The environment variable that names the default guide, over {@code index-data/default-guide}. */
    public static final String DEFAULT_GUIDE_VARIABLE = "DEFAULT_GUIDE";

    private final Optional<String> defaultGuideSetting;
    private final SectionKindReader kindReader;

    /** A loader that takes the default guide from {@code index-data/default-guide}, if there is one. */
    public GuideLoader() {
        this(Optional.empty());
    }

    /** @param defaultGuideSetting the {@code DEFAULT_GUIDE} setting: when present, it wins over the file */
    public GuideLoader(Optional<String> defaultGuideSetting) {
        this(defaultGuideSetting, SectionKindReader.NONE);
    }

    private GuideLoader(Optional<String> defaultGuideSetting, SectionKindReader kindReader) {
        this.defaultGuideSetting = defaultGuideSetting.map(String::strip).filter(id -> !id.isEmpty());
        this.kindReader = kindReader;
    }

    /**
     * This loader, giving each section whose title and id name no kind the kind {@code reader} reads from its content
     * (in guides without problems): what the server serves, so commands find a section under an organisation's own
     * heading ("The toolkit") as the search does, and what {@code validate} says. Without it such a section stays of
     * no kind.
     */
    public GuideLoader readingKinds(SectionKindReader reader) {
        return new GuideLoader(defaultGuideSetting, reader);
    }

    /**
     * Loads and checks the guides to serve; drafts are checked too but left out.
     *
     * @throws GuideValidationException with every problem found, when there is any, or when no guide is left to
     *                                  serve
     * @throws IOException              when a directory or file cannot be read
     */
    public GuideLibrary load(Path indexData) throws IOException {
        return library(check(indexData));
    }

    /**
     * Loads and checks the guides as they would be with {@code candidate} saved among them, in place of the guide
     * file of the same name if there is one; so a new guide can be checked, links to the others included, before
     * it is written where the server reads it. Without a {@code guides} folder, the candidate is checked alone.
     * Problems of the candidate name the candidate's path.
     *
     * @throws GuideValidationException with every problem found, when there is any
     * @throws IOException              when a directory or file cannot be read
     */
    public GuideLibrary load(Path indexData, Path candidate) throws IOException {
        Path guidesDir = indexData.resolve("guides");
        List<GuideProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(guidesDir)) {
            guideFiles(guidesDir, problems).stream()
                    .filter(f -> !f.getFileName().equals(candidate.getFileName()))
                    .forEach(files::add);
        }
        files.add(candidate);
        files.sort(Comparator.comparing(Path::getFileName));
        return library(check(indexData, files, problems));
    }

    /**
     * Reads and checks every guide file, drafts included, without stopping at problems: what {@code validate} and
     * {@code new-guide} report.
     *
     * @throws GuideValidationException when there is no guides directory
     * @throws IOException              when a directory or file cannot be read
     */
    public GuideCheck check(Path indexData) throws IOException {
        Path guidesDir = indexData.resolve("guides");
        List<GuideProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(guidesDir)) {
            throw new GuideValidationException(List.of(new GuideProblem(guidesDir, 0,
                    "no such directory: guides are read from <index-data>/guides/*.yml; set INDEX_DATA to the"
                            + " index-data folder, or run from the folder that holds it")));
        }
        return check(indexData, guideFiles(guidesDir, problems), problems);
    }

    private GuideLibrary library(GuideCheck check) {
        List<GuideProblem> problems = check.problemsToServe();
        if (!problems.isEmpty()) {
            throw new GuideValidationException(problems, check.warnings());
        }
        if (!check.drafts().isEmpty()) {
            LOG.info("not serving {} draft guide(s): {}", check.drafts().size(),
                    check.drafts().stream().map(d -> d.guide().id()).toList());
        }
        LOG.debug("Loaded {} guide(s) from {}", check.guides().size(), check.guidesDir());
        return new GuideLibrary(check.guides(), check.defaultGuide(), check.warnings());
    }

    /**
     * Reads the files: drafts are checked on their own and their placeholders listed as warnings; the guides to serve
     * are checked together, their links to one another included, so a served guide never links to a draft.
     */
    private GuideCheck check(Path indexData, List<Path> files, List<GuideProblem> problems) throws IOException {
        Path guidesDir = indexData.resolve("guides");
        List<GuideFileReader.LocatedGuide> read = new ArrayList<>();
        List<GuideFileReader.LocatedGuide> served = new ArrayList<>();
        Map<String, GuideLocation> guideIds = new HashMap<>();
        List<GuideProblem> warnings = new ArrayList<>();
        List<GuideProblem> kinds = new ArrayList<>();
        for (Path file : files) {
            readGuide(file, problems).ifPresent(located -> {
                Guide guide = located.guide();
                read.add(located);
                kinds.addAll(located.kinds());
                warnings.addAll(located.warnings());
                if (guide.id() != null) {
                    GuideLocation first = guideIds.putIfAbsent(guide.id(), new GuideLocation(file, located.idLine()));
                    if (first != null) {
                        problems.add(new GuideProblem(file, located.idLine(), "duplicate guide id '" + guide.id()
                                + "' (also in " + first.file() + ":" + first.line() + ")"));
                    }
                }
                if (located.draft()) {
                    warnings.addAll(located.placeholders());
                } else {
                    served.add(located);
                }
            });
        }
        new CareerPathCheck(served).check(problems, warnings);
        new RoleNamesCheck(served).check(warnings);
        // Kinds are read from content only in guides that load: reading needs the model, and problems come first.
        boolean readKinds = problems.isEmpty() && kindReader != SectionKindReader.NONE;
        List<Guide> guides = new ArrayList<>();
        List<GuideDraft> drafts = new ArrayList<>();
        for (GuideFileReader.LocatedGuide located : read) {
            Map<String, String> byContent = readKinds && !located.unnamed().isEmpty()
                    ? kindsOf(located.guide()) : Map.of();
            for (GuideFileReader.Unnamed section : located.unnamed()) {
                warnings.add(GuideFileReader.unnamed(located.file(), section,
                        Optional.ofNullable(byContent.get(section.sectionId()))));
            }
            Guide guide = located.guide().withKinds(byContent);
            if (located.draft()) {
                drafts.add(new GuideDraft(located.file(), guide, located.placeholders()));
            } else {
                guides.add(guide);
                if (problems.isEmpty()) { // problems come first: a guide that does not load lacks more than kinds
                    warnings.addAll(missingKinds(located, guide));
                }
            }
        }
        Set<String> servedIds = new HashSet<>();
        guides.stream().map(Guide::id).filter(Objects::nonNull).forEach(servedIds::add);
        Optional<String> defaultGuide = defaultGuide(indexData, servedIds, problems);
        Comparator<GuideProblem> byPlace = Comparator.comparing(GuideProblem::file)
                .thenComparingInt(GuideProblem::line);
        warnings.sort(byPlace);
        problems.sort(byPlace);
        kinds.sort(byPlace);
        return new GuideCheck(guidesDir, guides, drafts, defaultGuide, problems, warnings, kinds);
    }

    /** The kinds read from the content of the guide's sections of none; none when they cannot be read. */
    private Map<String, String> kindsOf(Guide guide) {
        try {
            Map<String, String> read = kindReader.kinds(guide);
            read.forEach((section, kind) -> LOG.info("section '{}' of {} names no kind: read as {} from its content",
                    section, guide.id(), kind));
            return read;
        } catch (RuntimeException e) {
            LOG.warn("could not read the kinds of {}'s sections of none from their content: they stay of none",
                    guide.id(), e);
            return Map.of();
        }
    }

    /** The file naming the guide people get until they choose one; optional. */
    public static final String DEFAULT_GUIDE_FILE = "default-guide";

    private Optional<String> defaultGuide(Path indexData, Set<String> ids, List<GuideProblem> problems)
            throws IOException {
        if (defaultGuideSetting.isPresent()) {
            String id = defaultGuideSetting.get();
            if (!ids.contains(id) && !ids.isEmpty()) {
                problems.add(new GuideProblem(Path.of(DEFAULT_GUIDE_VARIABLE), 0, "no guide with id '" + id
                        + "': set " + DEFAULT_GUIDE_VARIABLE + " to one of " + ids.stream().sorted().toList()));
                return Optional.empty();
            }
            return Optional.of(id).filter(ids::contains);
        }
        Path file = indexData.resolve(DEFAULT_GUIDE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String id = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!ids.contains(id)) {
            problems.add(new GuideProblem(file, 1, "no guide with id '" + id + "': name one of " + ids.stream()
                    .sorted().toList()));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** The {@code *.yml} files in name order; a {@code *.yaml} file is reported rather than silently skipped. */
    private static List<Path> guideFiles(Path guidesDir, List<GuideProblem> problems) throws IOException {
        try (Stream<Path> files = Files.list(guidesDir)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            sorted.stream()
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .forEach(f -> problems.add(new GuideProblem(f, 0,
                            "guide files must end in " + GUIDE_SUFFIX + "; this file is not read")));
            return sorted.stream().filter(f -> f.getFileName().toString().endsWith(GUIDE_SUFFIX)).toList();
        }
    }

    private static Optional<GuideFileReader.LocatedGuide> readGuide(Path file, List<GuideProblem> problems)
            throws IOException {
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            Optional<LocatedYaml.Node> root = LocatedYaml.read(yaml);
            if (root.isEmpty()) {
                problems.add(new GuideProblem(file, 0, "empty file: a guide needs id, title and sections"));
                return Optional.empty();
            }
            return new GuideFileReader(file, problems).read(root.get());
        } catch (LocatedYaml.SyntaxException e) {
            problems.add(new GuideProblem(file, e.line(), e.getMessage()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(new GuideProblem(file, 0, "not UTF-8 text: save the file as UTF-8"));
            return Optional.empty();
        }
    }

    /** How the warning (and the import's note) begins that a guide has no responsibilities section. */
    public static final String NO_RESPONSIBILITIES = "the guide has no responsibilities section";
    /** How the warning (and the import's note) begins that a guide has neither skills nor skill gaps. */
    public static final String NO_SKILLS = "the guide has no skills section";

    /**
     * Whether the warning is one of {@link #missingKinds}, beginning with {@link #NO_RESPONSIBILITIES} or
     * {@link #NO_SKILLS}.
     */
    public static boolean saysMissing(GuideProblem warning, String which) {
        return warning.warning() && warning.message().startsWith(which);
    }

    /**
     * What almost every role's guide says and this one lacks: what the person does, and what they need to be good at
     * (the skills, or where people fall short). The guide still loads, an organisation may start small, but the
     * author is told what it costs; the import notes the same of a ladder.
     */
    private static List<GuideProblem> missingKinds(GuideFileReader.LocatedGuide located, Guide guide) {
        List<GuideProblem> missing = new ArrayList<>();
        if (guide.sectionOfKind(SectionIds.KEY_RESPONSIBILITIES).isEmpty()) {
            missing.add(GuideProblem.warning(located.file(), located.idLine(), NO_RESPONSIBILITIES
                    + " (no section is of that kind), so /career responsibilities shows none: title the"
                    + " section that says what the role does as guides do ("
                    + SectionKinds.headings(SectionIds.KEY_RESPONSIBILITIES) + ") or declare its 'kind:'"));
        }
        if (guide.sectionOfKind(SectionIds.TOP_SKILLS).isEmpty() && guide.sectionOfKind(SectionIds.SKILL_GAPS).isEmpty()) {
            missing.add(GuideProblem.warning(located.file(), located.idLine(), NO_SKILLS + " (no"
                    + " section is of the skills' or the skill gaps' kind), so a skill check has nothing to ask about:"
                    + " title the section that lists what the role needs as guides do ("
                    + SectionKinds.headings(SectionIds.TOP_SKILLS) + ") or declare its 'kind:'"));
        }
        return missing;
    }
}
