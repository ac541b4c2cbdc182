package careercoach;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the domain free of Slack and HTTP types, so it stays testable without either, the Slack layer in one room per
 * feature (features meet only through the kit, {@code careercoach.slack}, or the composition root), and the arrows
 * between packages pointing one way.
 */
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
                        "careercoach.guide..", "careercoach.search..", "careercoach.coach..", "careercoach.checklist..",
                        "careercoach.content..", "careercoach.privacy..", "careercoach.failure..",
                        "careercoach.ladder..", "careercoach.install..", "careercoach.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "io.javalin..")
                .because("domain code is pure: Slack and HTTP stay at the edge")
                .check(classes);
    }

    @Test
    void domainPackages_doNotTouchJdbc() {
        noClasses().that().resideInAnyPackage("careercoach.guide..", "careercoach.coach..", "careercoach.checklist..",
                        "careercoach.content..", "careercoach.privacy..", "careercoach.failure..",
                        "careercoach.ladder..", "careercoach.install..", "careercoach.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("storage lives in careercoach.store")
                .check(classes);
    }

    @Test
    void slackFeatures_doNotDependOnEachOther() {
        slices().matching("careercoach.slack.(*)..").should().notDependOnEachOther()
                .because("a feature's listeners and renderers change in its own folder; features meet through the kit")
                .check(classes);
    }

    @Test
    void slackKit_importsNoFeature() {
        noClasses().that().resideInAPackage("careercoach.slack")
                .should().dependOnClassesThat().resideInAnyPackage("careercoach.slack.*..")
                .because("the kit is what every feature uses; it must not know any of them")
                .check(classes);
    }

    @Test
    void storeAndDomain_dependOnNoSlackCode() {
        noClasses().that().resideInAnyPackage("careercoach.store..", "careercoach.guide..", "careercoach.search..",
                        "careercoach.coach..", "careercoach.checklist..", "careercoach.content..",
                        "careercoach.privacy..", "careercoach.failure..",
                        "careercoach.ladder..", "careercoach.install..", "careercoach.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("careercoach.slack..", "careercoach.web..")
                .because("ports live with their owners; storage implements domain ports, never Slack types")
                .check(classes);
    }

    @Test
    void slackAndPlayground_doNotReachIntoTheStore() {
        noClasses().that().resideInAnyPackage("careercoach.slack..", "careercoach.playground..")
                .should().dependOnClassesThat().resideInAPackage("careercoach.store..")
                .because("they use ports of their own or of the domain; the composition root fills them from the store")
                .check(classes);
    }

    @Test
    void commandLineTools_doNotDependOnTheCompositionRoot() {
        noClasses().that().resideInAPackage("careercoach.cli..")
                .should().dependOnClassesThat().resideInAPackage("careercoach")
                .because("Main, in the composition root, dispatches to the tools: a tool using the root makes a cycle")
                .check(classes);
    }

    @Test
    void packages_dependOnEachOtherWithoutCycles() {
        slices().matching("careercoach.(*)..").should().beFreeOfCycles()
                .because("each package builds on those below it; a cycle makes two packages one")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootWiresFeatures() {
        noClasses().that().resideOutsideOfPackages("careercoach", "careercoach.slack.*..")
                .should().dependOnClassesThat().resideInAnyPackage("careercoach.slack.*..")
                .because("features are registered in CareerCoachApp and nowhere else")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootKnowsThePlayground() {
        noClasses().that().resideOutsideOfPackages("careercoach", "careercoach.playground..")
                .should().dependOnClassesThat().resideInAnyPackage("careercoach.playground..")
                .because("the bot answers the playground as it answers Slack, without knowing which it talks to")
                .check(classes);
    }

    @Test
    void playground_usesNoSlackCode() {
        noClasses().that().resideInAPackage("careercoach.playground..")
                .should().dependOnClassesThat().resideInAnyPackage("careercoach.slack..", "com.slack..")
                .because("the playground is Slack's side of the wire: it speaks to the bot only through HTTP")
                .check(classes);
    }
}
