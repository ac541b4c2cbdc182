-- A share is of one plan: the saved plan at the time of sharing. A later plan stays private until shared too.
ALTER TABLE plan_share ADD COLUMN plan_id BIGINT;
-- Shares made before this showed the owner's latest plan: they keep showing that one, and no later one.
UPDATE plan_share SET plan_id = (SELECT MAX(p.id) FROM saved_plan p
                                 WHERE p.team_id = plan_share.team_id AND p.user_id = plan_share.owner_id);
DELETE FROM plan_share WHERE plan_id IS NULL;

-- A private checklist saved from a plan carries the key of its items; unique per person, so two quick saves of
-- one plan make one checklist. NULL for shared checklists and once archived (NULLs never collide).
ALTER TABLE checklist ADD COLUMN plan_key VARCHAR(64);
CREATE UNIQUE INDEX checklist_private_plan ON checklist (team_id, person_id, plan_key);
