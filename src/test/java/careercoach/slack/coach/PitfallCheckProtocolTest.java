package careercoach.slack.coach;

import careercoach.testkit.ShippedGuideBeside;
import careercoach.testkit.SlackTestKit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guide whose often-missing skills are where new leads trip up (an organisation's ladder lists pitfalls there, not
 * skills): the skill check asks whether each trips the person up, with answers that fit, and ends in a plan that
 * reads right; {@code /career compare} does not list a pitfall as a skill the role needs.
 */
class PitfallCheckProtocolTest {
    static final String GUIDE = "support-engineering-lead";
    private static final String YAML = """
            id: support-engineering-lead
            title: Support Engineering Lead
            sections:
              - id: overview
                title: Overview
                text: Leads the engineers who answer customers' hardest technical tickets.
              - id: top-skills
                title: Top Skills
                items:
                  - id: incident-triage
                    name: Incident triage
                    details: severity, first response, hand-off to engineering
                    actions: [next-steps/shadow-on-call]
              - id: where-people-trip-up
                title: Where new support leads trip up
                kind: skill-gaps
                items:
                  - id: fixing-every-ticket-yourself
                    name: Fixing every ticket yourself
                    details: staying the team's best engineer instead of growing the others
                    actions: [next-steps/hand-over-a-queue]
                  - id: promising-dates-to-customers
                    name: Promising dates to customers
                    details: before engineering has agreed to them
                    actions: [next-steps/agree-escalation-rules]
              - id: next-steps
                title: Next Steps
                items:
                  - id: hand-over-a-queue
                    name: Hand over one queue
                    text: Hand one ticket queue to a team member and coach them through it for a month.
                  - id: agree-escalation-rules
                    name: Agree escalation rules
                    text: Agree with engineering who gives customers a date, and when.
                  - id: shadow-on-call
                    name: Shadow the on-call engineer
                    text: Shadow the on-call engineer for a week of incidents.
            """;

    @TempDir
    static Path indexData;
    @RegisterExtension
    static final SlackTestKit kit = SlackTestKit.perClass(() -> withPitfallGuide(indexData));

    /** The shipped guide and the support lead's guide, which people read until they choose another. */
    static Map<String, String> withPitfallGuide(Path dir) {
        Map<String, String> env = ShippedGuideBeside.in(dir);
        try {
            Files.writeString(dir.resolve("guides/" + GUIDE + ".yml"), YAML);
            Files.writeString(dir.resolve("default-guide"), GUIDE + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    @Test
    void check_asksWhetherAPitfallTripsYouUp_andThePlanAddressesTheOnesThatDo() throws Exception {
        String user = "UPIT";

        JsonNode first = kit.startCheck(user, "check");
        String question = first.toString();
        assertTrue(question.contains("Fixing every ticket yourself"), question);
        assertTrue(question.contains("Does this trip you up?"), question);
        assertFalse(question.contains("How well do you know this?"), question);
        assertTrue(question.contains("\"Often\""), question);
        assertTrue(question.contains("\"Never\""), question);
        assertFalse(question.contains("Could teach it"), question);

        String result = kit.answerInTurn(user, first, "NEW_TO_IT", "PRACTISED").toString();
        assertTrue(result.contains("Fixing every ticket yourself"), result);
        assertTrue(result.contains("trips you up often"), result);
        assertTrue(result.contains("Hand over one queue"), result);
        assertTrue(result.contains("Promising dates to customers") && result.contains("rarely trips you up"), result);
        assertFalse(result.contains("new to it"), result);
        assertFalse(result.contains("practised it"), result);
    }

    @Test
    void check_everyPitfallTrippingYouUp_saysSoUnderStrengths() throws Exception {
        String user = "UOFTEN";

        String result = kit.answerInTurn(user, kit.startCheck(user, "check"), "SOME_EXPOSURE", "NEW_TO_IT")
                .toString();
        assertTrue(result.contains("no pitfall that rarely trips you up"), result);
        assertTrue(result.contains("trips you up sometimes"), result);
        assertTrue(result.contains("Agree escalation rules"), result);
    }

    @Test
    void longCheck_asksTheTopSkillsAsSkillsAndThePitfallsAsPitfalls() throws Exception {
        String user = "ULONG";

        String skill = kit.answerInTurn(user, kit.startCheck(user, "check long"), "SOME_EXPOSURE", "SOME_EXPOSURE")
                .toString();
        assertTrue(skill.contains("Incident triage"), skill);
        assertTrue(skill.contains("How well do you know this?"), skill);
        assertTrue(skill.contains("Could teach it"), skill);
    }

    @Test
    void compare_doesNotListAPitfallAsASkillTheRoleNeeds() throws Exception {
        kit.command("UCMP", "C1", "compare backend engineering lead");

        String shown = kit.slack().await("response_url", 1).get(0).blocks().toString();
        assertTrue(shown.contains("From Support Engineering Lead to Backend Engineering Lead"), shown);
        assertTrue(shown.contains("Incident triage"), shown);
        assertFalse(shown.contains("Fixing every ticket yourself"), shown);
        assertFalse(shown.contains("Promising dates to customers"), shown);
    }
}
