-- A skill check toward another role than the person's own (/career check <role>) and the plan it ends in name
-- that role's guide; '' for the person's own role, so progress and the latest plan keep the two apart.
ALTER TABLE conversation ADD COLUMN target_guide_id VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE saved_plan ADD COLUMN target_guide_id VARCHAR(200) DEFAULT '' NOT NULL;
