-- SPEC 8: organisations join a network by accepting its invitation; every pull of the
-- network's statistics is kept, with the organisations whose figures it returned.

-- Cells counting fewer young people are suppressed; a member's own `network_min_cell`, when
-- stricter, holds for the whole table of a pull that includes it.
ALTER TABLE networks ADD COLUMN min_cell INTEGER NOT NULL DEFAULT 5;

CREATE TABLE network_memberships (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    network_id BIGINT NOT NULL REFERENCES networks (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    -- invited, declined, member, ended
    status TEXT NOT NULL,
    invited_by BIGINT NOT NULL REFERENCES users (id),
    invited_at TIMESTAMP NOT NULL,
    answered_at TIMESTAMP,
    ended_at TIMESTAMP
);
-- At most one open invitation or membership per network and organisation.
CREATE UNIQUE INDEX network_memberships_open ON network_memberships (network_id, organisation_id)
    WHERE status IN ('invited', 'member');
CREATE INDEX network_memberships_organisation ON network_memberships (organisation_id, id);
CREATE INDEX network_memberships_network ON network_memberships (network_id, id);

CREATE TABLE network_pulls (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    network_id BIGINT NOT NULL REFERENCES networks (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    at TIMESTAMP NOT NULL,
    -- What was asked: the query string of the request.
    query TEXT NOT NULL,
    format TEXT NOT NULL
);
CREATE INDEX network_pulls_network ON network_pulls (network_id, id);

CREATE TABLE network_pull_organisations (
    pull_id BIGINT NOT NULL REFERENCES network_pulls (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (pull_id, organisation_id)
);
CREATE INDEX network_pull_organisations_organisation
    ON network_pull_organisations (organisation_id, pull_id);
