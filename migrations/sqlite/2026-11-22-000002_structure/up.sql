-- SPEC section 2: the organisation's settings, units, topics, activities; scopes and invitations.

ALTER TABLE organisations ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE organisations ADD COLUMN entry_age_bands TEXT NOT NULL DEFAULT '[{"min":6,"max":12},{"min":13,"max":15},{"min":16,"max":18},{"min":19,"max":24},{"min":25,"max":29}]';
ALTER TABLE organisations ADD COLUMN survey_min_responses INTEGER NOT NULL DEFAULT 15;
ALTER TABLE organisations ADD COLUMN network_min_cell INTEGER NOT NULL DEFAULT 5;
ALTER TABLE organisations ADD COLUMN digital_consent_age INTEGER NOT NULL DEFAULT 13;
ALTER TABLE organisations ADD COLUMN alias_retention_months INTEGER NOT NULL DEFAULT 24;

CREATE TABLE units (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    unit_type TEXT NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX units_organisation_id ON units (organisation_id, id);

-- The units a unit-scoped role holds for; no rows means the whole organisation.
CREATE TABLE user_units (
    user_id BIGINT NOT NULL REFERENCES users (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (user_id, unit_id)
);
CREATE INDEX user_units_unit_id ON user_units (unit_id);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    -- The built-in topics' translation key; NULL for the organisation's own.
    key TEXT,
    name TEXT NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX topics_organisation_id ON topics (organisation_id, id);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    delivery_mode TEXT NOT NULL,
    platform TEXT,
    active_from DATE,
    active_to DATE,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    -- Set for project activities only.
    project_start DATE,
    project_end DATE,
    project_goals TEXT,
    project_target_group TEXT,
    project_description TEXT,
    project_partners TEXT,
    project_funding_programme TEXT,
    project_contact_person TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX activities_organisation_id ON activities (organisation_id, id);
CREATE INDEX activities_unit_id ON activities (unit_id);

CREATE TABLE activity_topics (
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    topic_id BIGINT NOT NULL REFERENCES topics (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (activity_id, topic_id)
);
CREATE INDEX activity_topics_topic_id ON activity_topics (topic_id);

-- One-time links to set a password (new accounts, resets); stored as SHA-256.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX invitations_user_id ON invitations (user_id);
