package careercoach.slack.report;

import careercoach.content.ContentReport;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.LayoutBlock;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** The authors' report as one message: reload problems first, then gaps, 👎 and the answer rate. */
public final class ReportRenderer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public List<LayoutBlock> render(ContentReport report) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("What I could not answer", true))));
        blocks.add(context(c -> c.elements(List.of(markdownText(DAY.format(report.since()) + " – "
                + DAY.format(report.until()) + " (UTC) · " + (report.questionTextRecorded()
                ? "question text recorded" : report.storedTextHidden()
                ? "question text not recorded (RECORD_QUESTIONS=off): text kept from before is hidden and deleted"
                + " at the next purge; counts only"
                : "question text not recorded (RECORD_QUESTIONS=off): counts only"))))));
        if (report.textsOfThisWorkspaceOnly() && report.questionTextRecorded()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("Question texts are of this workspace only;"
                    + " the counts and rates are of every workspace the guides serve.")))));
        }
        report.reloadFailure().ifPresent(f -> blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(
                ":warning: *The guides on disk have problems; the guides loaded before keep serving.*\n"
                        + String.join("\n", f.problems().stream().map(p -> "• `" + Mrkdwn.escape(p) + "`")
                        .toList()), Mrkdwn.MAX_TEXT))))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(gaps(report), Mrkdwn.MAX_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(votes(report), Mrkdwn.MAX_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate(weeks(report), Mrkdwn.MAX_TEXT)))));
        if (!report.sectionKinds().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.truncate("*Sections with their own ids, and their"
                    + " kind*\n" + String.join("\n", report.sectionKinds().stream()
                    .map(k -> "• " + Mrkdwn.escape(k)).toList()), Mrkdwn.MAX_TEXT)))));
        }
        return blocks;
    }

    public String fallbackText(ContentReport report) {
        return "Report: " + report.notAnswered() + " questions not answered with confidence";
    }

    private static String gaps(ContentReport report) {
        StringBuilder text = new StringBuilder("*Not answered, or answered with little confidence: "
                + report.notAnswered() + "*");
        if (report.notAnswered() == 0) {
            return text.append("\nNothing: every question got a confident answer.").toString();
        }
        int grouped = 0;
        for (ContentReport.QuestionGroup group : report.unansweredQuestions()) {
            text.append("\n• ").append(group.count()).append("× _").append(Mrkdwn.escape(Mrkdwn.truncate(
                    group.question(), 200))).append('_');
            if (!group.otherWordings().isEmpty()) {
                text.append(" (also: ").append(String.join("; ", group.otherWordings().stream()
                        .map(w -> Mrkdwn.escape(Mrkdwn.truncate(w, 80))).toList())).append(')');
            }
            grouped += group.count();
        }
        // The lines add up to the figure above: questions in groups too small to list, and those without text.
        int unlisted = report.notAnswered() - report.notAnsweredWithoutText() - report.notAnsweredElsewhere()
                - grouped;
        if (unlisted > 0) {
            text.append("\n• ").append(unlisted).append("× in smaller groups, not listed");
        }
        if (report.notAnsweredElsewhere() > 0) {
            text.append("\n• ").append(report.notAnsweredElsewhere()).append("× asked in other workspaces, or before"
                    + " questions kept their workspace: text not shown");
        }
        if (report.notAnsweredWithoutText() > 0) {
            text.append("\n• ").append(report.notAnsweredWithoutText()).append("× without their text")
                    .append(report.questionTextRecorded() ? " (asked while RECORD_QUESTIONS was off)" : "");
        }
        text.append("\n*By section the search came closest to*");
        for (ContentReport.SectionGaps g : report.gapsBySection()) {
            text.append("\n• `").append(g.guideId()).append(" / ").append(g.sectionId().orElse("(no section)"))
                    .append("`: ").append(g.unanswered()).append(" unanswered, ").append(g.lowConfidence())
                    .append(" low confidence");
        }
        return text.toString();
    }

    private static String votes(ContentReport report) {
        StringBuilder text = new StringBuilder("*Sections with the most 👎*");
        if (report.mostUnhelpful().isEmpty()) {
            return text.append("\nNo 👎 in this period.").toString();
        }
        for (ContentReport.SectionVotes v : report.mostUnhelpful()) {
            text.append("\n• `").append(v.guideId()).append(" / ").append(v.sectionId()).append("`: ")
                    .append(v.unhelpful()).append(" 👎");
            v.questions().forEach(q -> text.append("\n    _").append(Mrkdwn.escape(Mrkdwn.truncate(q, 150)))
                    .append('_'));
        }
        return text.toString();
    }

    private static String weeks(ContentReport report) {
        StringBuilder text = new StringBuilder("*Answer rate per week*");
        if (report.answerRatePerWeek().isEmpty()) {
            return text.append("\nNo questions in this period.").toString();
        }
        for (ContentReport.WeekRate w : report.answerRatePerWeek()) {
            text.append("\n• week of ").append(w.weekOf()).append(": ").append(Math.round(w.rate() * 100))
                    .append("% of ").append(w.asked()).append(" answered");
        }
        return text.toString();
    }
}
