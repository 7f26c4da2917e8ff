-- SPEC 9, issue 17: how long the audit trail of sessions is kept; 0 = as long as the sessions.
ALTER TABLE organisations ADD COLUMN audit_retention_months INTEGER NOT NULL DEFAULT 0;
