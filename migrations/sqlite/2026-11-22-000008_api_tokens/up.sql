-- Integration tokens (issue 7) join kiosk tokens in `api_tokens`: an organisation's or a
-- network's, with scopes and an expiry. SQLite cannot relax a NOT NULL, so the table is
-- rebuilt with its rows.
CREATE TABLE api_tokens_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- Kiosks and an organisation's integrations; NULL for a network's.
    organisation_id BIGINT REFERENCES organisations (id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    language TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP,
    -- A network's integrations.
    network_id BIGINT REFERENCES networks (id),
    -- Comma-separated scopes of an integration token (kiosks have none: they reach the
    -- kiosk routes only).
    scopes TEXT NOT NULL DEFAULT '',
    expires_at TIMESTAMP
);
INSERT INTO api_tokens_new (id, organisation_id, kind, name, unit_id, language, token_hash,
    created_by, created_at, last_used_at, revoked_at)
SELECT id, organisation_id, kind, name, unit_id, language, token_hash, created_by, created_at,
    last_used_at, revoked_at FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_new RENAME TO api_tokens;
CREATE INDEX api_tokens_organisation ON api_tokens (organisation_id, id);
CREATE INDEX api_tokens_network ON api_tokens (network_id, id);
