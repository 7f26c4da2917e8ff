DROP TABLE statistics_keys;
ALTER TABLE networks DROP COLUMN rate_max_age;
ALTER TABLE networks DROP COLUMN rate_min_age;
ALTER TABLE networks DROP COLUMN age_bands;
