package careercoach.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JarCommandTest {
    @Test
    void of_theJarItRunsFrom_asAPathFromWhereItWasStarted() {
        assertEquals("java -jar target/career-coach.jar",
                JarCommand.of(Optional.of(Path.of("/home/dev/career-coach/target/career-coach.jar")),
                        Path.of("/home/dev/career-coach")));
        assertEquals("java -jar career-coach.jar",
                JarCommand.of(Optional.of(Path.of("/srv/people/career-coach.jar")), Path.of("/srv/people")));
        assertEquals("java -jar /opt/career-coach/career-coach.jar",
                JarCommand.of(Optional.of(Path.of("/opt/career-coach/career-coach.jar")), Path.of("/home/hr")));
        assertEquals("java -jar '/home/hr/My Tools/career-coach.jar'",
                JarCommand.of(Optional.of(Path.of("/home/hr/My Tools/career-coach.jar")), Path.of("/tmp")));
    }

    @Test
    void of_notAJar_isTheCommandAsTheDocumentationWritesIt() {
        assertEquals("java -jar career-coach.jar",
                JarCommand.of(Optional.of(Path.of("/home/dev/career-coach/target/classes")), Path.of("/home/dev")));
        assertEquals("java -jar career-coach.jar", JarCommand.of(Optional.empty(), Path.of("/")));
    }
}
