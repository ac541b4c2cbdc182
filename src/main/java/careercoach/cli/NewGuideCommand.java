package careercoach.cli;

import careercoach.guide.GuideCheck;
import careercoach.guide.GuideLoader;
import careercoach.guide.GuideValidationException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * {@code new-guide ID "Title" [INDEX_DATA_DIR]}: writes {@code guides/ID.yml} with every section the app knows,
 * a placeholder in each and a comment on each field, ready to fill in. It never overwrites a file. The skeleton is
 * a draft ({@code draft: true}): it passes {@code validate}, which lists the placeholders left, but no server
 * serves it, so no one is offered "Replace: …" while an author fills it in one section at a time. A guide without
 * the draft mark and with a placeholder left is refused. {@code --help} (anywhere) prints the usage; any other
 * argument starting with {@code -} is refused as an unknown option, never taken as the folder to write in.
 */
public final class NewGuideCommand {
    private static final String USAGE = "usage: java -jar career-coach.jar new-guide ID \"Title\" [INDEX_DATA_DIR]";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> env;

    public NewGuideCommand(PrintStream out, PrintStream err, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            }
        }
        for (String arg : args) {
            if (arg.startsWith("-")) {
                // Never a folder: "new-guide ID "Title" --force" must not write a folder named --force.
                err.println("new-guide: unknown option " + arg + " (new-guide takes none but --help; a folder whose"
                        + " name starts with '-' is written ./" + arg + ")\n" + USAGE);
                return 2;
            }
        }
        if (args.length < 2 || args.length > 3) {
            err.println(USAGE);
            return 2;
        }
        String id = args[0];
        String title = args[1].strip();
        if (!ID.matcher(id).matches()) {
            err.println("new-guide: the id '" + id + "' must be lowercase kebab-case, e.g. frontend-lead");
            return 2;
        }
        if (title.isEmpty() || title.contains("\n")) {
            err.println("new-guide: give the guide a one-line title, e.g. \"Frontend Lead\"");
            return 2;
        }
        Path indexData = Path.of(args.length == 3 ? args[2]
                : env.apply("INDEX_DATA") == null || env.apply("INDEX_DATA").isBlank() ? "index-data"
                : env.apply("INDEX_DATA"));
        Path file = indexData.resolve("guides").resolve(id + ".yml");
        if (Files.exists(file)) {
            err.println("new-guide: " + file + " already exists; edit it, or pick another id");
            return 1;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, skeleton(id, title), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("new-guide: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        try {
            GuideCheck check = new GuideLoader().check(indexData);
            if (!check.problems().isEmpty()) {
                // The skeleton is valid; what fails is elsewhere in the folder. Say so, keep the new file.
                err.println("new-guide: wrote " + file + ", but the guides in " + indexData + " have problems:");
                check.problems().forEach(err::println);
                return 1;
            }
        } catch (GuideValidationException e) {
            err.println("new-guide: wrote " + file + ", but the guides in " + indexData + " have problems:");
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println("new-guide: wrote " + file + ", but cannot read " + indexData + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + file + " as a draft: no server offers it yet. Replace every \"Replace: ...\" text"
                + " (validate lists them: " + JarCommand.running() + " validate " + indexData + "), delete the"
                + " sections you don't need, then delete the line 'draft: true'.");
        return 0;
    }

    static String skeleton(String id, String title) {
        String quotedTitle = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return """
                # Career guide: %2$s. Format and field reference: index-data/README.md.
                # Every section is optional except that a guide needs at least one; delete those you don't need.
                # Ids (guide, section, group, item) are lowercase kebab-case and must stay stable once people use
                # the guide: saved plans and checklists refer to them. Rewording titles and text is always safe.
                # The section ids below are the nine kinds features look for; a section may have an id of its own
                # ("pay-and-market") with "kind: salary-and-demand" (see "Section kinds" in the README).
                draft: true                    # not served while a draft: delete this line once no "Replace:" is left
                id: %1$s                      # must equal the file name
                title: %3$s
                subtitle: Career Guide         # optional, shown under the title

                sections:
                  - id: overview               # answers "what is this role?"
                    title: Overview
                    # keywords and phrasings are search aids, never shown: words and whole questions people use.
                    keywords: [overview, role description]
                    phrasings: ["what does this role do?"]
                    text: >-
                      Replace: two or three sentences on what this role does and why it matters.

                  - id: key-responsibilities
                    title: Key Responsibilities
                    items:                     # one item per responsibility; text is one sentence
                      - id: first-responsibility
                        text: "Replace: a responsibility of the role"

                  - id: top-skills             # its items are skill areas of /career check long
                    title: Top Skills for Success
                    items:
                      - id: first-skill
                        name: "Replace: a skill"                  # a short name, shown in bold
                        details: "Replace: what the skill covers"  # optional, shown in brackets
                        actions: [next-steps/first-step]          # steps a plan recommends for a gap here

                  - id: career-progression
                    title: Career Progression
                    text: "Replace: the roles before and after this one."

                  - id: skill-gaps             # its items are the skill areas of /career check
                    title: Common Skill Gaps
                    groups:                    # optional grouping of items under a title
                      - id: often-missing-skills
                        title: Often Missing Skills
                        items:
                          - id: first-gap
                            name: "Replace: a skill people often lack"
                            actions: [development-suggestions/first-suggestion]

                  - id: development-suggestions  # steps a personal plan can recommend
                    title: Development Suggestions
                    items:
                      - id: first-suggestion
                        text: "Replace: a way to build a missing skill"

                  - id: salary-and-demand
                    title: Salary & Demand
                    text: "Replace: pay ranges by level and how much demand there is."

                  - id: companies-hiring
                    title: Companies Hiring
                    text: "Replace: employers and sectors that hire for this role."

                  - id: next-steps             # the steps walk and the items of a shared checklist, in file order
                    title: Recommended Next Steps
                    items:
                      - id: first-step
                        text: "Replace: a concrete next step someone can take this month"
                """.formatted(id, title, quotedTitle);
    }
}
