-- Aims followed up from the data (issue 20): an aim's indicators with their target history
-- (JSON: they are read and written with their aim), the Good Enough template it came from,
-- the organisation's margin for "close", and every saved version of an aim's action plan.
ALTER TABLE aims ADD COLUMN template TEXT;
ALTER TABLE aims ADD COLUMN indicators TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organisations ADD COLUMN follow_up_margin INTEGER NOT NULL DEFAULT 5;

CREATE TABLE aim_plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    aim_id BIGINT NOT NULL REFERENCES aims (id),
    notes TEXT NOT NULL,
    -- JSON: what, by when, who, done.
    actions TEXT NOT NULL,
    written_by BIGINT REFERENCES users (id),
    written_at TIMESTAMP NOT NULL
);
CREATE INDEX aim_plans_aim ON aim_plans (aim_id, id);
