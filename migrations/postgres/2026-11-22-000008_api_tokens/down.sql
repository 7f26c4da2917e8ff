DELETE FROM api_tokens WHERE organisation_id IS NULL;
DROP INDEX api_tokens_network;
ALTER TABLE api_tokens DROP COLUMN expires_at;
ALTER TABLE api_tokens DROP COLUMN scopes;
ALTER TABLE api_tokens DROP COLUMN network_id;
ALTER TABLE api_tokens ALTER COLUMN organisation_id SET NOT NULL;
