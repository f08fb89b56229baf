-- Staff accounts and their login tokens. The same SQL runs on H2 (PostgreSQL mode) and
-- PostgreSQL.

CREATE TABLE account (
	id            BIGINT                   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	username      VARCHAR(64)              NOT NULL UNIQUE,
	password_hash VARCHAR(100)             NOT NULL, -- BCrypt
	display_name  VARCHAR(100)             NOT NULL,
	roles         VARCHAR(100)             NOT NULL, -- comma-separated: ADMIN, EDITOR, AGENT
	skills        VARCHAR(500)             NOT NULL, -- comma-separated, '' for none
	enabled       BOOLEAN                  NOT NULL,
	created       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Opaque bearer tokens issued at login; only their SHA-256 hash is kept.
CREATE TABLE auth_token (
	token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
	account_id BIGINT                   NOT NULL REFERENCES account (id),
	created    TIMESTAMP WITH TIME ZONE NOT NULL,
	expires    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX auth_token_by_expires ON auth_token (expires);
