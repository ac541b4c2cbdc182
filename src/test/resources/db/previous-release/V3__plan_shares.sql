-- Who may see whose saved plans: a person shared their plan with this viewer (their manager).
CREATE TABLE plan_share (
    team_id   VARCHAR(64) NOT NULL,
    owner_id  VARCHAR(64) NOT NULL,
    viewer_id VARCHAR(64) NOT NULL,
    shared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, owner_id, viewer_id)
);

CREATE INDEX plan_share_viewer ON plan_share (team_id, viewer_id);
