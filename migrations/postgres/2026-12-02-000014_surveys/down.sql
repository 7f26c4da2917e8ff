DROP TABLE survey_devices;
DROP TABLE survey_answers;
DROP TABLE survey_responses;
DROP TABLE survey_round_activities;
DROP TABLE survey_round_units;
DROP TABLE survey_rounds;
DROP TABLE questionnaires;
