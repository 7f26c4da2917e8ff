ALTER TABLE organisations DROP COLUMN audit_retention_months;
