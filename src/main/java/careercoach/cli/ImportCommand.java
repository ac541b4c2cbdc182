package careercoach.cli;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideProblem;
import careercoach.guide.GuideValidationException;
import careercoach.ladder.ImportedLadder;
import careercoach.ladder.LadderFile;
import careercoach.ladder.LadderImportException;
import careercoach.ladder.LadderImporter;
import careercoach.search.GuideSearch;
import careercoach.search.KindsByMeaning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code import FILE [--id ID] [--title TITLE] [--out FILE] [--force]}: reads a career ladder written in Markdown or
 * plain text ({@link LadderImporter}) and writes it as a guide, {@code INDEX_DATA/guides/ID.yml} or {@code --out}.
 * The guide is validated among the others before it is written; nothing is written when the ladder cannot be read,
 * when the guide would not pass {@code validate}, or when the file exists and {@code --force} is not given. It then
 * lists the lines of the ladder it could not place, as {@code file:line}. Exit 0 when written, 1 when not (or when
 * other guides have problems), 2 on a usage error. Imported over a guide file already there ({@code --force}), each
 * item whose text is unchanged or nearly so keeps the id it had in that file, as saved plans and checklists refer to
 * items by id; the output lists the items with new ids and those no longer in the guide.
 */
public final class ImportCommand {
    static final String USAGE =
            "usage: java -jar career-coach.jar import FILE [--id ID] [--title TITLE] [--out FILE.yml] [--force]";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> env;

    public ImportCommand(PrintStream out, PrintStream err, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    private record Options(Path file, Optional<String> id, Optional<String> title, Optional<Path> out,
                           boolean force) {
    }

    public int run(String[] args) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE);
            return 0;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        Path indexData = Path.of(Optional.ofNullable(env.apply("INDEX_DATA")).filter(s -> !s.isBlank())
                .map(String::strip).orElse("index-data"));
        Path guidesData = options.out().map(o -> indexDataOf(o, indexData)).orElse(indexData);
        ImportedLadder imported;
        LadderImporter importer = new LadderImporter(guidesIn(guidesData));
        try {
            List<String> lines = LadderFile.read(options.file());
            Optional<String> id = options.id().or(() -> options.out().map(ImportCommand::stem));
            imported = importer.read(options.file().toString(), lines, id, options.title());
        } catch (LadderImportException e) {
            err.println("import: " + e.getMessage());
            return 1;
        }
        String id = imported.guide().id();
        Path target = options.out().orElse(indexData.resolve("guides").resolve(id + ".yml"));
        if (!target.getFileName().toString().equals(id + ".yml")) {
            err.println("import: the guide id is '" + id + "', so its file is named " + id + ".yml, not "
                    + target.getFileName() + ": change --out, or give --id " + stem(target));
            return 2;
        }
        if (Files.exists(target) && !options.force()) {
            err.println("import: " + target + " already exists; give --force to replace it, or another --id or --out");
            return 1;
        }
        if (Files.exists(target)) {
            Optional<Guide> previous = previous(target, guidesData, id, GuideSearch.cacheDirectory(env));
            if (previous.isPresent()) {
                imported = importer.keepingIds(imported, previous.get(), options.file().toString());
            } else {
                out.println("Note: " + target + " does not load as a guide, so no item keeps the id it had there:"
                        + " plans and checklists that name its items keep the text they were saved with, and past skill checks"
                        + " and progress show them by their old ids in words");
            }
        }
        Checked checked;
        try {
            checked = validate(imported, target, guidesData);
        } catch (IOException e) {
            err.println("import: cannot check the guide: " + e.getMessage());
            return 1;
        }
        if (!checked.own().isEmpty()) {
            checked.own().forEach(err::println);
            err.println("import: nothing written: the imported guide does not pass validate (the lines above)");
            return 1;
        }
        try {
            write(target, imported.yaml());
        } catch (IOException e) {
            err.println("import: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        report(options.file(), target, imported, checked);
        if (!checked.others().isEmpty()) {
            err.println("import: wrote " + target + ", but other guides in " + checked.indexData() + " have problems:");
            checked.others().forEach(err::println);
            return 1;
        }
        return 0;
    }

    private void report(Path file, Path target, ImportedLadder imported, Checked checked) {
        Guide guide = imported.guide();
        out.println("Imported " + file + " as " + target + ": " + plural(guide.sections().size(), "section") + ", "
                + plural(imported.itemCount(), "item") + ".");
        if (!imported.unplaced().isEmpty()) {
            out.println("Not placed (" + plural(imported.unplaced().size(), "line")
                    + "; add them by hand where they belong):");
            imported.unplaced().forEach(u -> out.println("  " + u));
        }
        imported.notes().forEach(n -> out.println("Note: " + n));
        imported.ids().ifPresent(ids -> {
            out.println("Kept the ids of " + plural(ids.kept(), "item") + " of the guide it replaces (unchanged or"
                    + " nearly), so the plans and checklists that name them still find them.");
            if (!ids.added().isEmpty()) {
                out.println("New ids (" + plural(ids.added().size(), "item") + " new or reworded; no plan names them"
                        + " yet): " + String.join(", ", ids.added()));
            }
            if (!ids.moved().isEmpty()) {
                out.println("Moved (" + plural(ids.moved().size(), "item") + " unchanged or nearly, now in another"
                        + " section, each under its old id where that is free there; plans and checklists that named"
                        + " them keep the old reference and the text they were saved with): "
                        + String.join(", ", ids.moved()));
            }
            if (!ids.gone().isEmpty()) {
                out.println("No longer in the guide (" + plural(ids.gone().size(), "item") + "; plans and"
                        + " checklists that name them keep the text they were saved with, and past skill checks and"
                        + " progress show them by their ids in words): "
                        + String.join(", ", ids.gone()));
            }
        });
        checked.warnings().forEach(out::println);
        String shortfall = imported.headingsNotRead() == 0 ? "" : ", but the guide has "
                + plural(guide.sections().size(), "section") + " where " + imported.headingsNotRead() + " more lines"
                + " of " + file + " read like headings (the note above): check them before the guide is used";
        out.println("validate: " + (checked.others().isEmpty() ? "" : "the imported guide is ")
                + ValidateCommand.verdict(checked.warnings().size()) + shortfall + ". Still to do by hand: check the"
                + " wording; fill in keywords, phrasings and each skill area's actions (index-data/README.md).");
    }

    /** What validate says of the guide as it would be among the others: its own problems and warnings, and theirs. */
    private record Checked(List<GuideProblem> own, List<GuideProblem> warnings, List<GuideProblem> others,
                           Path indexData) {
    }

    private static Checked validate(ImportedLadder imported, Path target, Path checkedData) throws IOException {
        Path scratch = Files.createTempDirectory("career-coach-import");
        Path candidate = scratch.resolve(target.getFileName());
        try {
            Files.writeString(candidate, imported.yaml(), StandardCharsets.UTF_8);
            List<GuideProblem> own = new ArrayList<>();
            List<GuideProblem> others = new ArrayList<>();
            List<GuideProblem> warnings;
            try {
                GuideLibrary library = new GuideLoader().load(checkedData, candidate);
                warnings = library.warnings();
            } catch (GuideValidationException e) {
                e.problems().forEach(p -> (p.file().equals(candidate) ? own : others).add(p));
                warnings = e.warnings();
            }
            // a section the import already noted as missing is said once, by the note: its advice is the ladder's
            // (retitle the heading there and import again), which is what the importing author acts on
            List<String> noted = Stream.of(GuideLoader.NO_RESPONSIBILITIES, GuideLoader.NO_SKILLS)
                    .filter(which -> imported.notes().stream().anyMatch(n -> n.contains(": " + which + " ")))
                    .toList();
            List<GuideProblem> ownWarnings = warnings.stream().filter(w -> w.file().equals(candidate))
                    .filter(w -> noted.stream().noneMatch(which -> GuideLoader.saysMissing(w, which))).toList();
            // a loop the new guide closes through another guide's role matched by name is warned of at that role
            java.util.regex.Pattern newId = java.util.regex.Pattern.compile(
                    "(?<![\\w-])" + java.util.regex.Pattern.quote(imported.guide().id()) + "(?![\\w-])");
            List<GuideProblem> loops = warnings.stream().filter(w -> !w.file().equals(candidate)
                    && w.message().contains("which makes a loop along career progression")
                    && newId.matcher(w.message()).find()).toList();
            List<GuideProblem> shown = new ArrayList<>(at(target, ownWarnings));
            shown.addAll(loops);
            return new Checked(at(target, own), shown, others, checkedData);
        } finally {
            try (Stream<Path> files = Files.list(scratch)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    /** The problems of the checked copy, told at the file they are about. */
    private static List<GuideProblem> at(Path target, List<GuideProblem> problems) {
        return problems.stream().map(p -> new GuideProblem(target, p.line(), p.message(), p.warning()))
                .sorted(Comparator.comparingInt(GuideProblem::line)).toList();
    }

    /** Writes the whole file or nothing: a reader never sees half a guide, nor a replaced guide half written. */
    private static void write(Path target, String yaml) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            Files.writeString(partial, yaml, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The index-data folder a guide file belongs to: the one that holds its {@code guides} folder, or else the
     * configured one, whose guides it is checked and linked with.
     */
    private static Path indexDataOf(Path guideFile, Path configured) {
        Path parent = guideFile.toAbsolutePath().getParent();
        boolean inGuides = parent.getFileName() != null && parent.getFileName().toString().equals("guides");
        return inGuides ? parent.getParent() : configured;
    }

    /**
     * The guide the import replaces, as it loads among the guides there (or alone, when they have problems); empty when
     * it does not load.
     */
    private static Optional<Guide> previous(Path target, Path guidesData, String id, Optional<Path> cache) {
        // Read as the server reads it, kinds read from content included, so its sections match the import's by kind.
        GuideLoader loader = KindsByMeaning.loader(cache);
        try {
            return loader.load(guidesData, target).find(id);
        } catch (GuideValidationException | IOException among) {
            try {
                Path alone = Files.createTempDirectory("career-coach-import");
                try {
                    return loader.load(alone, target).find(id);
                } finally {
                    Files.deleteIfExists(alone);
                }
            } catch (GuideValidationException | IOException e) {
                return Optional.empty();
            }
        }
    }

    /** The guides already there, for roles to link to; none when there are none, or when they do not load. */
    /**
     * The guides a role of the ladder may be, every guide that reads, whatever problems the folder has: a guide
     * that links to the one being imported (not there yet, or deleted to import it again) is still a guide.
     */
    private static List<Guide> guidesIn(Path indexData) {
        try {
            return new GuideLoader().check(indexData).guides();
        } catch (GuideValidationException | IOException e) {
            return List.of();
        }
    }

    private static Options parse(String[] args) {
        Path file = null;
        Optional<String> id = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<Path> outFile = Optional.empty();
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--id" -> id = Optional.of(value(args, ++i, arg));
                case "--title" -> title = Optional.of(value(args, ++i, arg));
                case "--out" -> outFile = Optional.of(Path.of(value(args, ++i, arg)));
                case "--force" -> force = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (file != null) {
                        throw new IllegalArgumentException("one ladder file at a time (got " + file + " and " + arg
                                + ")");
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("give the ladder's file");
        }
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            throw new IllegalArgumentException("the id '" + id.get() + "' must be lowercase kebab-case, e.g. sre-lead");
        }
        if (title.isPresent() && (title.get().isBlank() || title.get().contains("\n"))) {
            throw new IllegalArgumentException("give the guide a one-line title, e.g. --title \"SRE Lead\"");
        }
        if (outFile.isPresent() && !outFile.get().getFileName().toString().endsWith(".yml")) {
            throw new IllegalArgumentException("--out names the guide file to write, ID.yml");
        }
        if (outFile.isPresent() && id.isEmpty() && !ID.matcher(stem(outFile.get())).matches()) {
            throw new IllegalArgumentException("--out " + outFile.get() + ": a guide file is named ID.yml, with a"
                    + " lowercase kebab-case id, e.g. sre-lead.yml");
        }
        return new Options(file, id, title, outFile, force);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") ? name.substring(0, name.length() - ".yml".length()) : name;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
