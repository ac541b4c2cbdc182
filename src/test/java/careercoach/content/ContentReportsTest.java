package careercoach.content;

import careercoach.MutableClock;
import careercoach.Stores;
import careercoach.search.Answer;
import careercoach.search.Hit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentReportsTest {
    private final MutableClock clock = MutableClock.at("2026-11-28T10:00:00Z");
    private final List<AskedQuestion> asked = new ArrayList<>();
    private final List<UnhelpfulVote> votes = new ArrayList<>();
    private final QuestionLog log = new QuestionLog() {
        @Override
        public void record(AskedQuestion question) {
            asked.add(question);
        }

        @Override
        public List<AskedQuestion> askedSince(Instant since) {
            return asked.stream().filter(q -> !q.askedAt().isBefore(since)).toList();
        }

        @Override
        public List<UnhelpfulVote> unhelpfulSince(Instant since) {
            return votes.stream().filter(v -> !v.votedAt().isBefore(since)).toList();
        }

        @Override
        public int purgeBefore(Instant cutoff) {
            return 0;
        }

        @Override
        public int deleteText() {
            return 0;
        }
    };
    /** Questions about pay point one way, questions about food another. */
    private final Function<String, float[]> meaning = text -> text.contains("pay") || text.contains("salary")
            ? new float[] {1, 0} : new float[] {0, 1};

    @Test
    void report_groupsQuestionsAlikeInMeaning_mostAskedFirst() {
        gap("how much pay does a lead get?");
        gap("salary of a lead");
        gap("how much pay does a lead get");
        gap("best pizza?");

        ContentReport report = new ContentReports(log, meaning, Optional::empty, clock).report(Duration.ofDays(30));

        assertEquals(List.of(
                        new ContentReport.QuestionGroup("how much pay does a lead get?", 3, List.of("salary of a lead"),
                                List.of("g")),
                        new ContentReport.QuestionGroup("best pizza?", 1, List.of(), List.of("g"))),
                report.unansweredQuestions());
    }

    @Test
    void report_recordingSwitchedOff_hidesTextStoredBefore_andSaysSo() {
        gap("how much pay does a lead get?");
        votes.add(new UnhelpfulVote("v", "g", "overview", clock.instant(), Optional.of("salary of a lead")));

        ContentReport off = new ContentReports(log, meaning, Optional::empty, clock, false).report(Duration.ofDays(30));
        ContentReport on = new ContentReports(log, meaning, Optional::empty, clock, true).report(Duration.ofDays(30));

        assertEquals(List.of(), off.unansweredQuestions());
        assertEquals(List.of(), off.mostUnhelpful().get(0).questions());
        assertEquals(false, off.questionTextRecorded());
        assertEquals(true, off.storedTextHidden());
        assertEquals(1, off.gapsBySection().size(), "still counted");
        assertEquals(true, on.questionTextRecorded());
        assertEquals(false, on.storedTextHidden());
    }

    @Test
    void reportForWorkspace_showsTheTextOfItsOwnQuestionsOnly_andCountsEveryWorkspace() {
        Instant at = clock.instant().minusSeconds(60);
        asked.add(new AskedQuestion("a", "g", Optional.empty(), Outcome.UNANSWERED, Optional.of("best pizza?"), at,
                Optional.of("T1")));
        asked.add(new AskedQuestion("b", "g", Optional.empty(), Outcome.UNANSWERED, Optional.of("how much pay?"), at,
                Optional.of("T2")));
        asked.add(new AskedQuestion("c", "g", Optional.empty(), Outcome.UNANSWERED, Optional.of("salary of a lead"),
                at));
        asked.add(new AskedQuestion("d", "g", Optional.empty(), Outcome.UNANSWERED, Optional.empty(), at,
                Optional.of("T1")));
        votes.add(new UnhelpfulVote("v", "g", "overview", at, Optional.of("salary of a lead"), Optional.of("T2")));
        votes.add(new UnhelpfulVote("w", "g", "overview", at, Optional.of("best pizza?"), Optional.of("T1")));
        ContentReports reports = new ContentReports(log, meaning, Optional::empty, clock);

        ContentReport one = reports.reportForWorkspace(Duration.ofDays(30), "T1");

        assertEquals(List.of(new ContentReport.QuestionGroup("best pizza?", 1, List.of(), List.of("g"))),
                one.unansweredQuestions());
        assertEquals(4, one.notAnswered());
        assertEquals(2, one.notAnsweredElsewhere(), "another workspace's, and one of no known workspace");
        assertEquals(1, one.notAnsweredWithoutText());
        assertEquals(List.of(new ContentReport.SectionGaps("g", Optional.empty(), 4, 0)), one.gapsBySection());
        assertEquals(List.of(new ContentReport.SectionVotes("g", "overview", 2, List.of("best pizza?"))),
                one.mostUnhelpful());
        assertEquals(true, one.textsOfThisWorkspaceOnly());

        ContentReport all = reports.report(Duration.ofDays(30));

        assertEquals(List.of("how much pay?", "best pizza?"), all.unansweredQuestions().stream()
                .map(ContentReport.QuestionGroup::question).toList());
        assertEquals(0, all.notAnsweredElsewhere());
        assertEquals(List.of("salary of a lead", "best pizza?"), all.mostUnhelpful().get(0).questions());
        assertEquals(false, all.textsOfThisWorkspaceOnly());
    }

    @Test
    void purge_recordingSwitchedOff_deletesTheTextKeptBefore() throws Exception {
        try (Stores stores = Stores.inMemory()) {
            stores.questionLog().record(new AskedQuestion("a", "g", Optional.empty(), Outcome.UNANSWERED,
                    Optional.of("best pizza?"), clock.instant()));
            new AnswerRecorder(stores.questionLog(), true, clock).purgeExpired();
            assertEquals(Optional.of("best pizza?"), stores.questionLog().askedSince(Instant.EPOCH).get(0).text());

            new AnswerRecorder(stores.questionLog(), false, clock).purgeExpired();

            List<AskedQuestion> kept = stores.questionLog().askedSince(Instant.EPOCH);
            assertEquals(1, kept.size(), "the count stays");
            assertEquals(Optional.empty(), kept.get(0).text());
        }
    }

    @Test
    void report_answerRatePerWeek_countsConfidentAnswersFromMonday() {
        asked.add(new AskedQuestion("a", "g", Optional.of("overview"), Outcome.ANSWERED, Optional.empty(),
                Instant.parse("2026-11-23T09:00:00Z")));
        asked.add(new AskedQuestion("b", "g", Optional.of("overview"), Outcome.LOW_CONFIDENCE, Optional.empty(),
                Instant.parse("2026-11-27T09:00:00Z")));
        asked.add(new AskedQuestion("c", "g", Optional.of("overview"), Outcome.ANSWERED, Optional.empty(),
                Instant.parse("2026-11-20T09:00:00Z")));

        ContentReport report = new ContentReports(log, meaning, Optional::empty, clock).report(Duration.ofDays(30));

        assertEquals(List.of(new ContentReport.WeekRate(LocalDate.parse("2026-11-16"), 1, 1),
                new ContentReport.WeekRate(LocalDate.parse("2026-11-23"), 2, 1)), report.answerRatePerWeek());
        assertEquals(List.of(new ContentReport.SectionGaps("g", Optional.of("overview"), 0, 1)),
                report.gapsBySection());
    }

    @Test
    void outcome_runnerUpAlmostAsGood_isLowConfidence() {
        Hit best = new Hit("g", "top-skills", "Top", "", 1.0);
        assertEquals(Outcome.LOW_CONFIDENCE, Outcome.of(new Answer("q", true, "", Optional.empty(),
                List.of(best, new Hit("g", "skill-gaps", "Gaps", "", 0.97)))));
        assertEquals(Outcome.ANSWERED, Outcome.of(new Answer("q", true, "", Optional.empty(),
                List.of(best, new Hit("g", "skill-gaps", "Gaps", "", 0.5)))));
        assertEquals(Outcome.UNANSWERED, Outcome.of(new Answer("q", false, "outside the guides", Optional.empty(),
                List.of(best))));
    }

    private void gap(String text) {
        asked.add(new AskedQuestion("id" + asked.size(), "g", Optional.empty(), Outcome.UNANSWERED,
                Optional.of(text), clock.instant().minusSeconds(60)));
    }
}
