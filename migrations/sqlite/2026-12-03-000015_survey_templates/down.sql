ALTER TABLE questionnaires DROP COLUMN template;
