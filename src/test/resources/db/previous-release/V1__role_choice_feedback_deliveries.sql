-- Written once for H2 (in PostgreSQL mode) and PostgreSQL: standard types only, no vendor upserts.

CREATE TABLE guide_choice (
    team_id    VARCHAR(64)  NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    guide_id   VARCHAR(200) NOT NULL,
    chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

-- One vote per user per answer; a revote replaces the row.
CREATE TABLE answer_feedback (
    team_id    VARCHAR(64)  NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    answer_id  VARCHAR(255) NOT NULL,
    guide_id   VARCHAR(200) NOT NULL,
    section_id VARCHAR(200) NOT NULL,
    helpful    BOOLEAN      NOT NULL,
    voted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, user_id, answer_id)
);

CREATE INDEX answer_feedback_section ON answer_feedback (guide_id, section_id);

-- Slack deliveries already handled; rows older than Slack's retry window are pruned.
CREATE TABLE processed_delivery (
    delivery_id VARCHAR(255) NOT NULL PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX processed_delivery_received_at ON processed_delivery (received_at);
