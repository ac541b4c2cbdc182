package careercoach.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a person runs this program again, for the commands a message suggests: {@code java -jar} and the jar it was
 * started from, as a path from the folder it was started in ({@code target/career-coach.jar} in a build, the
 * delivered jar wherever it lies); {@code java -jar career-coach.jar}, as the documentation writes it, when it was
 * not started from a jar.
 */
final class JarCommand {
    static final String DOCUMENTED = "java -jar career-coach.jar";

    private JarCommand() {
    }

    /** The command for the jar this class was loaded from, seen from the working directory. */
    static String running() {
        Optional<Path> source;
        try {
            source = Optional.ofNullable(JarCommand.class.getProtectionDomain().getCodeSource())
                    .map(s -> s.getLocation()).map(u -> {
                        try {
                            return Path.of(u.toURI());
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            return null;
                        }
                    });
        } catch (SecurityException e) {
            source = Optional.empty();
        }
        return of(source, Path.of(System.getProperty("user.dir", ".")));
    }

    static String of(Optional<Path> codeSource, Path workingDirectory) {
        Optional<Path> jar = codeSource.filter(p -> p.getFileName() != null
                && p.getFileName().toString().endsWith(".jar"));
        if (jar.isEmpty()) {
            return DOCUMENTED;
        }
        Path absolute = jar.get().toAbsolutePath().normalize();
        Path here = workingDirectory.toAbsolutePath().normalize();
        String path = absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        return "java -jar " + (path.contains(" ") ? "'" + path + "'" : path);
    }
}
