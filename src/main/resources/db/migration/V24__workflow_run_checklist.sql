-- The checklist a run of the share step made, so that the workflow run again after that run failed (Slack away
-- when it was to be completed, or the post refused) completes with that checklist instead of sharing a second one.
-- NULL for other steps, for runs that made none, and for runs before V24.
ALTER TABLE workflow_run ADD COLUMN checklist_id BIGINT;
