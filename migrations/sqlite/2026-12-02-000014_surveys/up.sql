-- Youth surveys (SPEC 6): questionnaires, the rounds that run them, and anonymous answers.
CREATE TABLE questionnaires (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    -- The questions with their translations, as JSON (shared::surveys::Question): a
    -- questionnaire is built, read and copied as a whole.
    questions TEXT NOT NULL,
    ask_gender BOOLEAN NOT NULL,
    ask_age_band BOOLEAN NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX questionnaires_organisation_id ON questionnaires (organisation_id, id);

CREATE TABLE survey_rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    questionnaire_id BIGINT NOT NULL REFERENCES questionnaires (id),
    title TEXT NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    -- Closed early by an org admin.
    closed_at TIMESTAMP,
    language TEXT NOT NULL,
    -- What the round asks, fixed when it was made (JSON, shared::surveys::SurveyForm).
    form TEXT NOT NULL,
    -- Unguessable: the public link's token, and the shared tablet's.
    link_token TEXT NOT NULL UNIQUE,
    kiosk_token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX survey_rounds_organisation_id ON survey_rounds (organisation_id, id);

CREATE TABLE survey_round_units (
    round_id BIGINT NOT NULL REFERENCES survey_rounds (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    PRIMARY KEY (round_id, unit_id)
);

CREATE TABLE survey_round_activities (
    round_id BIGINT NOT NULL REFERENCES survey_rounds (id),
    activity_id BIGINT NOT NULL REFERENCES activities (id),
    PRIMARY KEY (round_id, activity_id)
);

-- One young person's answers. Nothing else is kept: no time of day, address, browser,
-- account or check-in. The id is random, not a sequence, and the rows are stored by it,
-- so answers cannot be put in the order they came.
CREATE TABLE survey_responses (
    id BIGINT NOT NULL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    round_id BIGINT NOT NULL REFERENCES survey_rounds (id),
    received_on DATE NOT NULL,
    gender TEXT,
    age_min INTEGER,
    age_max INTEGER
) WITHOUT ROWID;
CREATE INDEX survey_responses_round_id ON survey_responses (round_id);

-- One row per answer: a 1–5 value, a chosen option (one row per option of a multiple
-- choice, numbered by item) or words.
CREATE TABLE survey_answers (
    response_id BIGINT NOT NULL REFERENCES survey_responses (id),
    round_id BIGINT NOT NULL REFERENCES survey_rounds (id),
    question TEXT NOT NULL,
    item INTEGER NOT NULL,
    scale INTEGER,
    choice TEXT,
    words TEXT,
    PRIMARY KEY (response_id, question, item)
) WITHOUT ROWID;
CREATE INDEX survey_answers_round_id ON survey_answers (round_id, question);

-- The devices that answered a round, as a keyed hash of a random token the browser keeps:
-- one answer per device, with nothing that links a device to its answers.
CREATE TABLE survey_devices (
    round_id BIGINT NOT NULL REFERENCES survey_rounds (id),
    device_hash TEXT NOT NULL,
    PRIMARY KEY (round_id, device_hash)
) WITHOUT ROWID;
