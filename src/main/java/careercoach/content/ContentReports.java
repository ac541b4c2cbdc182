package careercoach.content;

import careercoach.search.ReloadStatus;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Builds the authors' {@link ContentReport} from the {@link QuestionLog}. */
public final class ContentReports {
    /** Two questions this similar in meaning (cosine of their sentence vectors) are one group. */
    static final double SAME_MEANING = 0.80;
    static final int TOP_GROUPS = 10;
    static final int TOP_SECTIONS = 10;
    static final int WORDINGS_SHOWN = 3;

    private final QuestionLog log;
    private final Function<String, float[]> sentenceVector;
    private final Supplier<Optional<ReloadStatus.Failure>> reloadFailure;
    private final Supplier<List<String>> sectionKinds;
    private final Clock clock;
    private final boolean recordText;

    /** A report that shows question text when it is stored (recording it on, as far as this report knows). */
    public ContentReports(QuestionLog log, Function<String, float[]> sentenceVector,
                          Supplier<Optional<ReloadStatus.Failure>> reloadFailure, Clock clock) {
        this(log, sentenceVector, reloadFailure, clock, true);
    }

    /**
     * @param sentenceVector unit vectors of questions, to group them by meaning
     * @param reloadFailure  the last failed reload of the guides, if the guides on disk are broken now
     * @param recordText     whether question text is recorded now ({@code RECORD_QUESTIONS}); when not, text
     *                       stored while it was is never shown
     */
    public ContentReports(QuestionLog log, Function<String, float[]> sentenceVector,
                          Supplier<Optional<ReloadStatus.Failure>> reloadFailure, Clock clock, boolean recordText) {
        this(log, sentenceVector, reloadFailure, List::of, clock, recordText);
    }

    /**
     * As above, and {@code sectionKinds}: the kinds the served guides' sections of their own ids were given
     * ({@link careercoach.guide.SectionKinds#describe}).
     */
    public ContentReports(QuestionLog log, Function<String, float[]> sentenceVector,
                          Supplier<Optional<ReloadStatus.Failure>> reloadFailure, Supplier<List<String>> sectionKinds,
                          Clock clock, boolean recordText) {
        this.sectionKinds = sectionKinds;
        this.recordText = recordText;
        this.log = log;
        this.sentenceVector = sentenceVector;
        this.reloadFailure = reloadFailure;
        this.clock = clock;
    }

    /**
     * The report over the last {@code period} (at most the retention: older rows are gone), with the text of every
     * question kept: for the operator, and for the authors of a deployment that serves one workspace.
     */
    public ContentReport report(Duration period) {
        return report(period, Optional.empty());
    }

    /**
     * The report for the authors of workspace {@code teamKey}, one of many served by one deployment: the counts and
     * rates of every workspace (the guides are shared), the text only of the questions asked in that workspace; none
     * of those of other workspaces, nor of those recorded before questions kept their workspace.
     */
    public ContentReport reportForWorkspace(Duration period, String teamKey) {
        return report(period, Optional.of(teamKey));
    }

    /** @param onlyOf the workspace whose question texts are shown; empty: every one's */
    private ContentReport report(Duration period, Optional<String> onlyOf) {
        Instant until = clock.instant();
        Instant since = until.minus(period);
        List<AskedQuestion> asked = log.askedSince(since);
        List<UnhelpfulVote> votes = log.unhelpfulSince(since);
        boolean stored = asked.stream().anyMatch(q -> q.text().isPresent())
                || votes.stream().anyMatch(v -> v.question().isPresent());
        boolean withText = recordText && stored;
        if (!recordText) {
            asked = asked.stream().map(q -> new AskedQuestion(q.answerId(), q.guideId(), q.sectionId(), q.outcome(),
                    Optional.empty(), q.askedAt(), q.teamKey())).toList();
            votes = votes.stream().map(v -> new UnhelpfulVote(v.answerId(), v.guideId(), v.sectionId(), v.votedAt(),
                    Optional.empty(), v.teamKey())).toList();
        }
        Predicate<Optional<String>> shown = team -> onlyOf.isEmpty() || team.equals(onlyOf);
        List<AskedQuestion> gaps = asked.stream().filter(q -> q.outcome().isGap()).toList();
        int elsewhere = (int) gaps.stream().filter(q -> !shown.test(q.teamKey())).count();
        int withoutText = (int) gaps.stream().filter(q -> shown.test(q.teamKey()) && q.text().isEmpty()).count();
        List<AskedQuestion> textShown = gaps.stream().filter(q -> shown.test(q.teamKey())).toList();
        votes = votes.stream().map(v -> shown.test(v.teamKey()) ? v : new UnhelpfulVote(v.answerId(), v.guideId(),
                v.sectionId(), v.votedAt(), Optional.empty(), v.teamKey())).toList();
        return new ContentReport(since, until, withText, !recordText && stored, onlyOf.isPresent(), groups(textShown),
                gaps.size(), withoutText, elsewhere, gapsBySection(gaps), unhelpful(votes), weeks(asked),
                reloadFailure.get(), sectionKinds.get());
    }

    /** Greedy grouping: each question joins the first group whose first question is close enough in meaning. */
    private List<ContentReport.QuestionGroup> groups(List<AskedQuestion> gaps) {
        List<AskedQuestion> withText = gaps.stream().filter(q -> q.text().isPresent()).toList();
        // Exact repeats are embedded once.
        Map<String, List<AskedQuestion>> byWording = new LinkedHashMap<>();
        for (AskedQuestion q : withText) {
            byWording.computeIfAbsent(normalized(q.text().get()), k -> new ArrayList<>()).add(q);
        }
        List<Map.Entry<String, List<AskedQuestion>>> wordings = new ArrayList<>(byWording.entrySet());
        wordings.sort(Comparator.comparingInt((Map.Entry<String, List<AskedQuestion>> e) -> -e.getValue().size()));
        List<float[]> leaders = new ArrayList<>();
        List<List<List<AskedQuestion>>> members = new ArrayList<>();
        for (Map.Entry<String, List<AskedQuestion>> wording : wordings) {
            float[] vector = sentenceVector.apply(wording.getValue().get(0).text().get());
            int joined = -1;
            for (int g = 0; g < leaders.size() && joined < 0; g++) {
                if (dot(leaders.get(g), vector) >= SAME_MEANING) {
                    joined = g;
                }
            }
            if (joined < 0) {
                leaders.add(vector);
                members.add(new ArrayList<>());
                joined = leaders.size() - 1;
            }
            members.get(joined).add(wording.getValue());
        }
        List<ContentReport.QuestionGroup> groups = new ArrayList<>();
        for (List<List<AskedQuestion>> group : members) {
            int count = group.stream().mapToInt(List::size).sum();
            List<String> others = group.stream().skip(1).limit(WORDINGS_SHOWN)
                    .map(w -> w.get(0).text().get()).toList();
            List<String> guides = group.stream().flatMap(List::stream).map(AskedQuestion::guideId).distinct()
                    .sorted().toList();
            groups.add(new ContentReport.QuestionGroup(group.get(0).get(0).text().get(), count, others, guides));
        }
        groups.sort(Comparator.comparingInt(ContentReport.QuestionGroup::count).reversed());
        return groups.subList(0, Math.min(TOP_GROUPS, groups.size()));
    }

    private static List<ContentReport.SectionGaps> gapsBySection(List<AskedQuestion> gaps) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (AskedQuestion q : gaps) {
            int[] c = counts.computeIfAbsent(List.of(q.guideId(), q.sectionId().orElse("")), k -> new int[2]);
            c[q.outcome() == Outcome.UNANSWERED ? 0 : 1]++;
        }
        return counts.entrySet().stream()
                .map(e -> new ContentReport.SectionGaps(e.getKey().get(0),
                        Optional.of(e.getKey().get(1)).filter(s -> !s.isEmpty()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((ContentReport.SectionGaps s) -> -(s.unanswered() + s.lowConfidence()))
                        .thenComparing(ContentReport.SectionGaps::guideId)
                        .thenComparing(s -> s.sectionId().orElse("")))
                .limit(TOP_SECTIONS).toList();
    }

    private static List<ContentReport.SectionVotes> unhelpful(List<UnhelpfulVote> votes) {
        Map<List<String>, List<UnhelpfulVote>> bySection = new LinkedHashMap<>();
        votes.forEach(v -> bySection.computeIfAbsent(List.of(v.guideId(), v.sectionId()), k -> new ArrayList<>())
                .add(v));
        return bySection.entrySet().stream()
                .map(e -> new ContentReport.SectionVotes(e.getKey().get(0), e.getKey().get(1), e.getValue().size(),
                        e.getValue().stream().flatMap(v -> v.question().stream()).distinct().limit(WORDINGS_SHOWN)
                                .toList()))
                .sorted(Comparator.comparingInt(ContentReport.SectionVotes::unhelpful).reversed()
                        .thenComparing(ContentReport.SectionVotes::guideId)
                        .thenComparing(ContentReport.SectionVotes::sectionId))
                .limit(TOP_SECTIONS).toList();
    }

    /** Weeks start on Monday, in UTC, so every reader of the report sees the same weeks. */
    private static List<ContentReport.WeekRate> weeks(List<AskedQuestion> asked) {
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (AskedQuestion q : asked) {
            LocalDate week = LocalDate.ofInstant(q.askedAt(), ZoneOffset.UTC)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int[] c = byWeek.computeIfAbsent(week, k -> new int[2]);
            c[0]++;
            if (q.outcome() == Outcome.ANSWERED) {
                c[1]++;
            }
        }
        return byWeek.entrySet().stream()
                .map(e -> new ContentReport.WeekRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s?!.]+", " ").strip();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
