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

-- Threads of Slack's assistant view: who started each (only they are answered in it), the channel they view beside
-- it, and whether it has its title yet. Forget-me deletes a person's rows.
CREATE TABLE assistant_thread (
    channel_id      VARCHAR(64)  NOT NULL,
    thread_ts       VARCHAR(64)  NOT NULL,
    team_id         VARCHAR(64)  NOT NULL,
    user_id         VARCHAR(64)  NOT NULL,
    viewed_channel  VARCHAR(64),
    titled          BOOLEAN      NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel_id, thread_ts)
);

CREATE INDEX assistant_thread_user ON assistant_thread (team_id, user_id);
