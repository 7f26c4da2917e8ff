-- Which built-in template a questionnaire was copied from: networks compare the results of
-- members that run the same one (issue 19).
ALTER TABLE questionnaires ADD COLUMN template TEXT;
