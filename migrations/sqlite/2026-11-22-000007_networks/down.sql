DROP TABLE network_pull_organisations;
DROP TABLE network_pulls;
DROP TABLE network_memberships;
ALTER TABLE networks DROP COLUMN min_cell;
