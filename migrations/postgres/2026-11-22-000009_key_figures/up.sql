-- SPEC 8's per-capita and cost figures: the municipality's residents by single year of age,
-- and the organisation's yearly key figures, both entered by the organisation.
CREATE TABLE populations (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    year INTEGER NOT NULL,
    age INTEGER NOT NULL,
    residents INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, year, age)
);

CREATE TABLE key_figures (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    year INTEGER NOT NULL,
    -- In whole units of the organisation's currency.
    cost BIGINT,
    -- Full-time equivalents.
    staff DOUBLE PRECISION,
    opening_weeks INTEGER,
    PRIMARY KEY (organisation_id, year)
);
