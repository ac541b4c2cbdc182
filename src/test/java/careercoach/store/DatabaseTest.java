package careercoach.store;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository test that runs twice: on a fresh embedded H2 file database, and on a fresh schema of the
 * PostgreSQL at {@code 127.0.0.1:5432} (skipped, saying why, when that is not reachable). The test method and
 * its {@code @BeforeEach} methods take a {@link TestDatabase} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {
}
