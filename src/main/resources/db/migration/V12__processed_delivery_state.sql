-- A delivery is 'processing' while its listener runs and 'done' once it succeeded. A failed attempt deletes its
-- row, so Slack's retry is handled; a row left 'processing' by a process that died is taken over after a while.
ALTER TABLE processed_delivery ADD COLUMN state VARCHAR(16) DEFAULT 'done' NOT NULL;
