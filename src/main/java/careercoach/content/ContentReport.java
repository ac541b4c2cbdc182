package careercoach.content;

import careercoach.search.ReloadStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What authors should look at: questions the bot could not answer (grouped by meaning when their text is kept;
 * counted by guide and section always), the sections with the most 👎, the answer rate per week, and the last
 * failed reload of the guides. {@code storedTextHidden}: recording question text is off now, and text kept while it
 * was on is not shown (the next purge deletes it). {@code sectionKinds}: the kind each section whose id is not a
 * standard kind was given ({@link careercoach.guide.SectionKinds#describe}), so authors see what commands and
 * labelled questions take it for.
 * <p>
 * {@code notAnswered}: every question not answered or answered with little confidence in the period, in every
 * workspace; {@code notAnsweredElsewhere}: how many of them were asked in other workspaces than the one the report is
 * for, or before questions kept their workspace, whose text is not shown ({@code textsOfThisWorkspaceOnly}: the
 * report is for the authors of one workspace of many); {@code notAnsweredWithoutText}: how many of the others have
 * no text to show (asked while recording it was off, or hidden because it is off now). The rest are in
 * {@code unansweredQuestions}, the largest groups first.
 */
public record ContentReport(Instant since, Instant until, boolean questionTextRecorded, boolean storedTextHidden,
                            boolean textsOfThisWorkspaceOnly,
                            List<QuestionGroup> unansweredQuestions, int notAnswered, int notAnsweredWithoutText,
                            int notAnsweredElsewhere,
                            List<SectionGaps> gapsBySection,
                            List<SectionVotes> mostUnhelpful, List<WeekRate> answerRatePerWeek,
                            Optional<ReloadStatus.Failure> reloadFailure, List<String> sectionKinds) {

    public ContentReport {
        unansweredQuestions = List.copyOf(unansweredQuestions);
        gapsBySection = List.copyOf(gapsBySection);
        mostUnhelpful = List.copyOf(mostUnhelpful);
        answerRatePerWeek = List.copyOf(answerRatePerWeek);
        sectionKinds = List.copyOf(sectionKinds);
    }

    /** Questions alike in meaning: the most asked wording, how many, and other wordings. */
    public record QuestionGroup(String question, int count, List<String> otherWordings, List<String> guides) {
    }

    /**
     * Unanswered and low-confidence questions of one guide, by the section the search came closest to
     * ({@code sectionId} empty when nothing matched).
     */
    public record SectionGaps(String guideId, Optional<String> sectionId, int unanswered, int lowConfidence) {
    }

    /** 👎 votes on a section, with the questions they answered when their text is kept. */
    public record SectionVotes(String guideId, String sectionId, int unhelpful, List<String> questions) {
    }

    /** Questions asked in the week starting on Monday {@code weekOf}, and how many were answered with confidence. */
    public record WeekRate(LocalDate weekOf, int asked, int answered) {
        public double rate() {
            return asked == 0 ? 0 : (double) answered / asked;
        }
    }
}
