-- Issue 18: the report roll-ups are kept by difference — a write adds what it adds and takes
-- away what it replaces — instead of re-summing its months. So that a change can be added to
-- its row in one statement (an upsert), every attendance row is unique by its cell (ages may
-- be unknown, hence the COALESCE), and each visitor's row counts the check-ins behind it, so
-- that the row goes when the last one does. A row whose figures reach zero is removed: a
-- rebuild makes no row for nothing. The server refills all roll-ups at its next start.
DROP INDEX monthly_attendance_slice;
CREATE UNIQUE INDEX monthly_attendance_cell ON monthly_attendance
    (unit_id, activity_id, date, gender, (COALESCE(age_min, -1)), (COALESCE(age_max, -1)));
DROP INDEX organisation_attendance_month;
CREATE UNIQUE INDEX organisation_attendance_cell ON organisation_attendance
    (organisation_id, date, kind, gender, (COALESCE(age_min, -1)), (COALESCE(age_max, -1)));
ALTER TABLE monthly_visitors ADD COLUMN check_ins BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisation_visitors ADD COLUMN check_ins BIGINT NOT NULL DEFAULT 0;
UPDATE rollups_state SET filled = FALSE;
