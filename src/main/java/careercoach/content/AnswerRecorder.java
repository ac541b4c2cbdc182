package careercoach.content;

import careercoach.search.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Records every answer the bot gives for the authors' report: guide, best section, outcome, time, and the text
 * only when recording it was turned on. A store failure never costs the person their answer.
 */
public final class AnswerRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerRecorder.class);
    /** How long questions and votes are kept. */
    public static final Duration RETENTION = Duration.ofDays(90);
    static final int MAX_TEXT = 2000;

    private final QuestionLog log;
    private final boolean recordText;
    private final Clock clock;

    public AnswerRecorder(QuestionLog log, boolean recordText, Clock clock) {
        this.log = log;
        this.recordText = recordText;
        this.clock = clock;
    }

    /**
     * @param teamKey  the workspace asked in, as its asker's data is kept ({@code careercoach.slack.TeamKey})
     * @param answerId the id the answer's 👍/👎 buttons carry, so a vote finds its question
     */
    public Outcome record(String teamKey, String answerId, String guideId, Answer answer) {
        Outcome outcome = Outcome.of(answer);
        Optional<String> text = recordText ? Optional.of(answer.query().strip()).filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t) : Optional.empty();
        try {
            log.record(new AskedQuestion(answerId, guideId, answer.best().map(h -> h.sectionId()), outcome, text,
                    clock.instant(), Optional.ofNullable(teamKey)));
        } catch (RuntimeException e) {
            LOG.warn("could not record a question for the authors' report: {}", e.getMessage());
        }
        return outcome;
    }

    public boolean recordsText() {
        return recordText;
    }

    /**
     * Deletes what is older than the retention, and (recording text off) the text kept while it was on; returns how
     * many rows went.
     */
    public int purgeExpired() {
        int purged = log.purgeBefore(clock.instant().minus(RETENTION));
        if (purged > 0) {
            LOG.info("purged {} questions and votes older than {} days", purged, RETENTION.toDays());
        }
        if (!recordText) {
            int cleared = log.deleteText();
            if (cleared > 0) {
                LOG.info("deleted the text of {} questions recorded before RECORD_QUESTIONS was switched off",
                        cleared);
            }
        }
        return purged;
    }
}
