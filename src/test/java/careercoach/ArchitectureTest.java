package careercoach;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the domain free of Slack and HTTP types, so it stays testable without either. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("careercoach");
    }

    @Test
    void domainPackages_dependOnNeitherSlackNorJavalin() {
        noClasses().that().resideInAnyPackage(
                        "careercoach.guide..", "careercoach.search..", "careercoach.coach..", "careercoach.checklist..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "io.javalin..")
                .because("domain code is pure: Slack and HTTP stay at the edge")
                .check(classes);
    }

    @Test
    void domainPackages_doNotTouchJdbc() {
        noClasses().that().resideInAnyPackage("careercoach.guide..", "careercoach.coach..", "careercoach.checklist..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("storage lives in careercoach.store")
                .check(classes);
    }
}
