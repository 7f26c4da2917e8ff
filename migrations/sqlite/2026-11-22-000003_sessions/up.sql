-- SPEC section 3: sessions with their attendance, reflection questions and answers, a minimal
-- aims table, the sessions' audit trail and the idempotency keys of creates.

-- The times an activity usually starts and ends, in minutes after midnight; they prefill the
-- session form.
ALTER TABLE activities ADD COLUMN usual_start_minute INTEGER;
ALTER TABLE activities ADD COLUMN usual_end_minute INTEGER;

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    -- The activity's unit when the session was last saved: reports group by it.
    unit_id BIGINT NOT NULL REFERENCES units (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    date DATE NOT NULL,
    -- Minutes after midnight; an end before the start means the next day.
    start_minute INTEGER NOT NULL,
    end_minute INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    youth_led BOOLEAN NOT NULL,
    youth_producers INTEGER NOT NULL,
    staff_count INTEGER NOT NULL,
    volunteer_count INTEGER NOT NULL,
    notes TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_organisation_date ON sessions (organisation_id, date, start_minute, id);
CREATE INDEX sessions_unit_date ON sessions (unit_id, date);
CREATE INDEX sessions_activity_date ON sessions (activity_id, date);

-- SPEC 3.1: counts by gender and age band; both ages NULL for the `unknown` band.
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    gender TEXT NOT NULL,
    age_min INTEGER,
    age_max INTEGER,
    count INTEGER NOT NULL
);
CREATE INDEX attendance_session_id ON attendance (session_id);

CREATE TABLE reflection_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    text TEXT NOT NULL,
    -- JSON object: language code -> text.
    translations TEXT NOT NULL,
    -- Comma-separated activity kinds the question applies to; empty for every kind.
    activity_kinds TEXT NOT NULL,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX reflection_questions_organisation_id ON reflection_questions (organisation_id, id);

-- The units a question applies to; no rows means every unit.
CREATE TABLE reflection_question_units (
    question_id BIGINT NOT NULL REFERENCES reflection_questions (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (question_id, unit_id)
);

CREATE TABLE reflection_answers (
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES reflection_questions (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    answer TEXT NOT NULL,
    PRIMARY KEY (session_id, question_id)
);
CREATE INDEX reflection_answers_question_id ON reflection_answers (question_id);

-- SPEC section 5, minimal for now: an outcome for the organisation (unit_id NULL) or a unit.
CREATE TABLE aims (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    unit_id BIGINT REFERENCES units (id),
    title TEXT NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX aims_organisation_id ON aims (organisation_id, id);

CREATE TABLE session_aims (
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    aim_id BIGINT NOT NULL REFERENCES aims (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (session_id, aim_id)
);
CREATE INDEX session_aims_aim_id ON session_aims (aim_id);

-- Every create, update and delete of a session; outlives the session, so no foreign key to it.
CREATE TABLE session_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    session_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    -- JSON object: field -> {"before": …, "after": …}.
    changes TEXT NOT NULL
);
CREATE INDEX session_audit_session ON session_audit (organisation_id, session_id, id);
CREATE INDEX session_audit_unit ON session_audit (organisation_id, unit_id, id);

-- A create's Idempotency-Key: a repeat returns the first result instead of creating again.
CREATE TABLE idempotency_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id),
    key TEXT NOT NULL,
    -- SHA-256 of the request body: the same key with another body is refused.
    request_hash TEXT NOT NULL,
    session_id BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, key)
);
