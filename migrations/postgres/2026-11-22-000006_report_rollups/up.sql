-- Roll-ups of the report figures (issue 6), so that a report over whole months sums thousands
-- of rows instead of millions. Every write of a session or check-in recomputes, in the same
-- transaction, the months it touches (api/src/db/queries/rollups.rs); the server fills them
-- from the sessions stored before at its next start (`rollups_state`), in one transaction.
-- `date` is the month's first day.

-- Per unit, activity and month: any report's whole months.
CREATE TABLE monthly_sessions (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    date DATE NOT NULL,
    sessions BIGINT NOT NULL,
    activity_minutes BIGINT NOT NULL,
    youth_led_minutes BIGINT NOT NULL,
    youth_producers BIGINT NOT NULL,
    PRIMARY KEY (unit_id, activity_id, date)
);
CREATE INDEX monthly_sessions_organisation ON monthly_sessions (organisation_id, date);

CREATE TABLE monthly_attendance (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    date DATE NOT NULL,
    gender TEXT NOT NULL,
    age_min INTEGER,
    age_max INTEGER,
    visits BIGINT NOT NULL
);
CREATE INDEX monthly_attendance_slice ON monthly_attendance (unit_id, activity_id, date);
CREATE INDEX monthly_attendance_organisation ON monthly_attendance (organisation_id, date);

-- Each visitor seen in the month, with the day of their first visit to the organisation.
CREATE TABLE monthly_visitors (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    date DATE NOT NULL,
    visitor_key TEXT NOT NULL,
    first_date DATE NOT NULL,
    PRIMARY KEY (unit_id, activity_id, date, visitor_key)
);
CREATE INDEX monthly_visitors_organisation ON monthly_visitors (organisation_id, date);
CREATE INDEX monthly_visitors_visitor ON monthly_visitors (visitor_key);

-- Per organisation, activity kind and month: whole-organisation reports (and, summed over
-- organisations, national ones) without going through every unit and activity.
CREATE TABLE organisation_sessions (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    date DATE NOT NULL,
    sessions BIGINT NOT NULL,
    activity_minutes BIGINT NOT NULL,
    youth_led_minutes BIGINT NOT NULL,
    youth_producers BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, date, kind)
);

CREATE TABLE organisation_attendance (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    date DATE NOT NULL,
    gender TEXT NOT NULL,
    age_min INTEGER,
    age_max INTEGER,
    visits BIGINT NOT NULL
);
CREATE INDEX organisation_attendance_month ON organisation_attendance (organisation_id, date);

CREATE TABLE organisation_visitors (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    date DATE NOT NULL,
    visitor_key TEXT NOT NULL,
    first_date DATE NOT NULL,
    PRIMARY KEY (organisation_id, date, kind, visitor_key)
);
CREATE INDEX organisation_visitors_visitor ON organisation_visitors (visitor_key);

-- The day of each visitor's first check-in to the organisation (first-time visitors, SPEC 7).
CREATE TABLE first_visits (
    visitor_key TEXT PRIMARY KEY NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    date DATE NOT NULL
);
CREATE INDEX first_visits_organisation ON first_visits (organisation_id, date);

-- Whether the roll-ups have been filled from the sessions stored before they existed.
CREATE TABLE rollups_state (
    filled BOOLEAN NOT NULL
);
INSERT INTO rollups_state (filled) VALUES (FALSE);
