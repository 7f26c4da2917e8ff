DROP TABLE rollups_state;
DROP TABLE first_visits;
DROP TABLE organisation_visitors;
DROP TABLE organisation_attendance;
DROP TABLE organisation_sessions;
DROP TABLE monthly_visitors;
DROP TABLE monthly_attendance;
DROP TABLE monthly_sessions;
