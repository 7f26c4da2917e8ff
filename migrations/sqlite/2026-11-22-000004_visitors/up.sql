-- SPEC sections 4 and 9: aliases, kiosk devices, check-ins, and the settings they need.

-- The organisation's local time decides which session a check-in joins and "today".
ALTER TABLE organisations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Stockholm';
-- Shown on the kiosk to young people under the digital consent age; empty = built-in text.
ALTER TABLE organisations ADD COLUMN consent_text TEXT NOT NULL DEFAULT '';

-- Whether a check-in with no session running opens the day's session of the default activity.
ALTER TABLE units ADD COLUMN check_in_opens_session BOOLEAN NOT NULL DEFAULT FALSE;
-- No REFERENCES on added columns: SQLite cannot drop such a column again (down.sql).
ALTER TABLE units ADD COLUMN default_open_activity_id BIGINT;

-- Rows counted by check-ins (exact age) are kept apart from the counts staff enter.
ALTER TABLE attendance ADD COLUMN checked_in BOOLEAN NOT NULL DEFAULT FALSE;

-- Tokens for devices and integrations, stored as SHA-256. A kiosk token is bound to a unit.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    language TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_organisation ON api_tokens (organisation_id, id);

-- A session opened by a kiosk names it in the audit trail (user_id is then its registrar).
ALTER TABLE session_audit ADD COLUMN kiosk_id BIGINT;

CREATE TABLE aliases (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    alias TEXT NOT NULL,
    -- Trimmed, inner spaces collapsed, lower case: what uniqueness and look-up compare.
    alias_key TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    gender TEXT NOT NULL,
    pin_hash TEXT,
    -- Random; check-ins keep it after the alias is erased, so visitor counts do not change.
    visitor_key TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    UNIQUE (organisation_id, alias_key)
);
CREATE INDEX aliases_last_seen ON aliases (organisation_id, last_seen_at);

CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    -- The session's unit is where the visit counts.
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    -- NULL once the alias is erased.
    alias_id BIGINT REFERENCES aliases (id) ON DELETE SET NULL,
    visitor_key TEXT NOT NULL,
    gender TEXT NOT NULL,
    age INTEGER NOT NULL,
    checked_in_at TIMESTAMP NOT NULL,
    UNIQUE (session_id, visitor_key)
);
CREATE INDEX check_ins_visitor ON check_ins (organisation_id, visitor_key);
CREATE INDEX check_ins_alias ON check_ins (alias_id);
