ALTER TABLE survey_rounds DROP COLUMN settled;
