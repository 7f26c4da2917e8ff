-- SPEC 7: the organisation's written analysis of a year, for its annual report.
CREATE TABLE annual_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    year INTEGER NOT NULL,
    analysis TEXT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (organisation_id, year)
);
