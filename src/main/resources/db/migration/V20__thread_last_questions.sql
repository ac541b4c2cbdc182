-- The last question answered in each conversation thread (a DM, a mention's thread, an assistant thread), with the
-- guide and section of its answer: a follow-up in the same thread is read with it. Kept an hour, then purged;
-- forget-me deletes a person's rows.
CREATE TABLE thread_last_question (
    team_id     VARCHAR(64)   NOT NULL,
    user_id     VARCHAR(64)   NOT NULL,
    channel_id  VARCHAR(64)   NOT NULL,
    thread_ts   VARCHAR(64)   NOT NULL,
    question    VARCHAR(2000) NOT NULL,
    guide_id    VARCHAR(200)  NOT NULL,
    section_id  VARCHAR(100)  NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, user_id, channel_id, thread_ts)
);

CREATE INDEX thread_last_question_asked_at ON thread_last_question (asked_at);
