-- SPEC 10: each person's language (absent until chosen: the browser's then), and the
-- organisation's default for new accounts and kiosks.
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE organisations ADD COLUMN default_language TEXT NOT NULL DEFAULT 'en';
