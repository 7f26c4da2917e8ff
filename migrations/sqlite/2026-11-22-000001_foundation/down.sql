DROP TABLE refresh_tokens;
DROP TABLE users;
DROP TABLE networks;
DROP TABLE organisations;
