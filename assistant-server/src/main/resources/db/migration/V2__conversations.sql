-- Citizen conversations and everything said in them. The same SQL runs on H2 (PostgreSQL mode)
-- and PostgreSQL.

CREATE TABLE conversation (
	id               UUID                     NOT NULL PRIMARY KEY,
	token_hash       VARCHAR(64)              NOT NULL UNIQUE, -- SHA-256 of the resume token, hex
	created          TIMESTAMP WITH TIME ZONE NOT NULL,
	last_active      TIMESTAMP WITH TIME ZONE NOT NULL,
	current_guide_id VARCHAR(64)                       -- the matter last answered, for follow-ups
);

-- The conversation's record, in seq order; payload is the event as sent to the citizen.
CREATE TABLE conversation_event (
	conversation_id UUID                     NOT NULL REFERENCES conversation (id),
	seq             BIGINT                   NOT NULL,
	type            VARCHAR(32)              NOT NULL,
	client_id       VARCHAR(64),                       -- the citizen's message id, for retries
	payload         TEXT                     NOT NULL,
	created         TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (conversation_id, seq),
	CONSTRAINT conversation_event_client_id_once UNIQUE (conversation_id, client_id)
);
