-- What the bot did with each question, for guide authors: no user id, ever. The text is kept only when
-- RECORD_QUESTIONS=on; rows older than the retention (90 days) are purged, as are old answer votes.
CREATE TABLE asked_question (
    answer_id   VARCHAR(255)  NOT NULL PRIMARY KEY,
    guide_id    VARCHAR(200)  NOT NULL,
    section_id  VARCHAR(200),
    outcome     VARCHAR(20)   NOT NULL,
    question    VARCHAR(2000),
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX asked_question_asked_at ON asked_question (asked_at);
CREATE INDEX answer_feedback_voted_at ON answer_feedback (voted_at);
