-- Integration tokens (issue 7) join kiosk tokens in `api_tokens`: an organisation's or a
-- network's, with scopes and an expiry.
ALTER TABLE api_tokens ALTER COLUMN organisation_id DROP NOT NULL;
-- A network's integrations.
ALTER TABLE api_tokens ADD COLUMN network_id BIGINT REFERENCES networks (id);
-- Comma-separated scopes of an integration token (kiosks have none: they reach the kiosk
-- routes only).
ALTER TABLE api_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP;
CREATE INDEX api_tokens_network ON api_tokens (network_id, id);
