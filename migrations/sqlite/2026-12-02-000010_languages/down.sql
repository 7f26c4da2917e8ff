ALTER TABLE organisations DROP COLUMN default_language;
ALTER TABLE users DROP COLUMN language;
