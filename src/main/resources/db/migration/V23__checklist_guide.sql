-- The guide whose next steps a checklist was made of, so a manager's team view can say which role its person is
-- heading for; '' where the checklist has no guide step, or was made before this was kept.
ALTER TABLE checklist ADD COLUMN guide_id VARCHAR(200) DEFAULT '' NOT NULL;
