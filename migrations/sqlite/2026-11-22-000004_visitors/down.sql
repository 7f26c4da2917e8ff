DROP TABLE check_ins;
DROP TABLE aliases;
ALTER TABLE session_audit DROP COLUMN kiosk_id;
DROP TABLE api_tokens;
ALTER TABLE attendance DROP COLUMN checked_in;
ALTER TABLE units DROP COLUMN default_open_activity_id;
ALTER TABLE units DROP COLUMN check_in_opens_session;
ALTER TABLE organisations DROP COLUMN consent_text;
ALTER TABLE organisations DROP COLUMN time_zone;
