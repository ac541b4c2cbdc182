-- A manager's gentle reminder to a person: at most one a day per person, claimed by the row's key.
CREATE TABLE team_nudge (
    team_id    VARCHAR(32) NOT NULL,
    person_id  VARCHAR(32) NOT NULL,
    nudge_day  DATE        NOT NULL,
    manager_id VARCHAR(32) NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, person_id, nudge_day)
);
CREATE INDEX team_nudge_manager ON team_nudge (team_id, manager_id);

-- Managers who asked for the weekly digest. sent_week is claimed by the one instance that sends a week's digest;
-- fingerprint is what the last digest sent said, so a week in which nothing changed sends nothing.
CREATE TABLE manager_digest (
    team_id     VARCHAR(32)  NOT NULL,
    manager_id  VARCHAR(32)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    sent_week   VARCHAR(16),
    fingerprint VARCHAR(64),
    PRIMARY KEY (team_id, manager_id)
);
