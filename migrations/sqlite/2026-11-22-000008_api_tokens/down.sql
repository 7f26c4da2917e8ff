DELETE FROM api_tokens WHERE organisation_id IS NULL;
CREATE TABLE api_tokens_old (
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
INSERT INTO api_tokens_old SELECT id, organisation_id, kind, name, unit_id, language, token_hash,
    created_by, created_at, last_used_at, revoked_at FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_old RENAME TO api_tokens;
CREATE INDEX api_tokens_organisation ON api_tokens (organisation_id, id);
