package careercoach.store;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/** Runs each {@link DatabaseTest} on H2 and on PostgreSQL; see there. */
final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {
    /** Override with the TEST_POSTGRES_URL environment variable (a JDBC URL with user in the query). */
    private static final String POSTGRES_URL = System.getenv().getOrDefault("TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseTestExtension.class);
    private static volatile String postgresUnreachableReason;
    private static volatile boolean postgresChecked;

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Invocation(Database.Kind.H2), new Invocation(Database.Kind.POSTGRESQL));
    }

    private record Invocation(Database.Kind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return kind == Database.Kind.H2 ? "H2" : "PostgreSQL";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Lifecycle(kind));
        }
    }

    private record Lifecycle(Database.Kind kind) implements ExecutionCondition, ParameterResolver, AfterEachCallback {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (kind == Database.Kind.POSTGRESQL) {
                String reason = postgresUnreachable();
                if (reason != null) {
                    return ConditionEvaluationResult.disabled("PostgreSQL run skipped: " + reason);
                }
            }
            return ConditionEvaluationResult.enabled(kind + " available");
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestDatabase.class,
                    key -> kind == Database.Kind.H2 ? freshH2() : freshPostgresSchema(), TestDatabase.class);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestDatabase database = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
            if (database != null) {
                database.close();
            }
        }
    }

    private static TestDatabase freshH2() {
        try {
            Path directory = Files.createTempDirectory("career-coach-h2");
            String url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + Database.H2_SETTINGS;
            return new TestDatabase(Database.Kind.H2, url, () -> deleteRecursively(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestDatabase freshPostgresSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return new TestDatabase(Database.Kind.POSTGRESQL, POSTGRES_URL + "&currentSchema=" + schema,
                () -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static synchronized String postgresUnreachable() {
        if (!postgresChecked) {
            postgresChecked = true;
            DriverManager.setLoginTimeout(3);
            try (Connection ignored = DriverManager.getConnection(POSTGRES_URL)) {
                postgresUnreachableReason = null;
            } catch (SQLException e) {
                postgresUnreachableReason = "no PostgreSQL at " + POSTGRES_URL + " (" + e.getMessage()
                        + "); start one there or set TEST_POSTGRES_URL";
                // Once on the console, not only in the surefire reports: a skipped half should not go unnoticed.
                System.out.println("[WARNING] PostgreSQL store tests skipped: " + postgresUnreachableReason);
            }
        }
        return postgresUnreachableReason;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL); Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
