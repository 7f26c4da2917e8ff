-- SPEC 8, issue 17: a network releases its figures in fixed grains — its own age bands and
-- one age range for visits per 1,000 residents — and every count is perturbed by a key that
-- is the same for every process and survives a backup (docs/statistics-protection.md).
ALTER TABLE networks ADD COLUMN age_bands TEXT NOT NULL DEFAULT '[{"min":6,"max":12},{"min":13,"max":15},{"min":16,"max":18},{"min":19,"max":24},{"min":25,"max":29}]';
ALTER TABLE networks ADD COLUMN rate_min_age INTEGER NOT NULL DEFAULT 6;
ALTER TABLE networks ADD COLUMN rate_max_age INTEGER NOT NULL DEFAULT 20;
CREATE TABLE statistics_keys (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    cell_key_secret TEXT NOT NULL
);
