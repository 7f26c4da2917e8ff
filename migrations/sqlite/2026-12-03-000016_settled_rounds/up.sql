-- A closed round is settled once: its device hashes go (no answer can come any more) and its
-- answers are written again in random order, so nothing on disk keeps the order they came in.
ALTER TABLE survey_rounds ADD COLUMN settled BOOLEAN NOT NULL DEFAULT FALSE;
