ALTER TABLE organisation_visitors DROP COLUMN check_ins;
ALTER TABLE monthly_visitors DROP COLUMN check_ins;
DROP INDEX organisation_attendance_cell;
CREATE INDEX organisation_attendance_month ON organisation_attendance (organisation_id, date);
DROP INDEX monthly_attendance_cell;
CREATE INDEX monthly_attendance_slice ON monthly_attendance (unit_id, activity_id, date);
UPDATE rollups_state SET filled = FALSE;
