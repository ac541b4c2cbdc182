-- The workspace each question was asked in: the key its asker's data is kept under (the team id, or the org's
-- enterprise id for an org-wide install), so that /career report shows a workspace's question text only to that
-- workspace's authors, and a workspace's questions are deleted with the rest of its data after it removes the app
-- (that deletion covers every table with a team_id column). NULL for questions recorded before V25.
-- 👎 votes need no column: answer_feedback keeps its team_id since V1, and a vote's question text is read through
-- asked_question, so it is scoped by the question's team.
ALTER TABLE asked_question ADD COLUMN team_id VARCHAR(64);

CREATE INDEX asked_question_team ON asked_question (team_id);
