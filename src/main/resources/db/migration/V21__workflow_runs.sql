-- Workflow Builder steps: one row per function execution Slack sent. The row is claimed before the event is
-- acknowledged, so a redelivered event runs the step once; a skill check step waits here for its person to press
-- start (WAITING), across restarts, and is completed once (STARTED, then COMPLETED or FAILED).
CREATE TABLE workflow_run (
    execution_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    team_id      VARCHAR(64)  NOT NULL,
    step         VARCHAR(64)  NOT NULL,
    person_id    VARCHAR(64)  NOT NULL,
    runner_id    VARCHAR(64)  NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX workflow_run_person ON workflow_run (team_id, person_id);
CREATE INDEX workflow_run_runner ON workflow_run (team_id, runner_id);
