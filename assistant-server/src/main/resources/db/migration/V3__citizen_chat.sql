-- The citizen chat's state, messages left for staff, and ratings (好差评). The same SQL runs on
-- H2 (PostgreSQL mode) and PostgreSQL.

-- 'open': the bot answers; 'awaiting_message': the bot asked for a message to leave, the next
-- words are that message; 'closed': nothing more can be said, only ratings.
ALTER TABLE conversation ADD COLUMN state VARCHAR(16) DEFAULT 'open' NOT NULL;
ALTER TABLE conversation ADD CONSTRAINT conversation_state_known
	CHECK (state IN ('open', 'awaiting_message', 'closed'));
-- How many of the bot's last replies in a row were fallbacks: from two on, a human is offered.
ALTER TABLE conversation ADD COLUMN fallbacks_in_row INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX conversation_by_state ON conversation (state, last_active);
CREATE INDEX conversation_by_last_active ON conversation (last_active);

-- The guide of a bot.answer, for ratings and the most-asked matters.
ALTER TABLE conversation_event ADD COLUMN guide_id VARCHAR(64);
CREATE INDEX conversation_event_by_type ON conversation_event (type, created);

-- What citizens left for staff when no agent could take the conversation.
CREATE TABLE left_message (
	id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	conversation_id UUID                     NOT NULL REFERENCES conversation (id),
	seq             BIGINT                   NOT NULL, -- the citizen.message holding the text
	text            TEXT                     NOT NULL, -- personal data masked
	created         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX left_message_by_conversation ON left_message (conversation_id);
CREATE INDEX left_message_by_created ON left_message (created);

-- One rating per target: an answer (target_seq = its seq) or the whole conversation (0). After
-- the retention period the conversation is deleted and its ratings kept without it or a comment.
CREATE TABLE rating (
	id              BIGINT                   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	conversation_id UUID                     REFERENCES conversation (id),
	target_seq      BIGINT                   NOT NULL,
	level           SMALLINT                 NOT NULL,
	tags            VARCHAR(200)             NOT NULL, -- comma-separated, '' for none
	comment         TEXT,                              -- personal data masked
	guide_id        VARCHAR(64),                       -- the rated answer's guide, or the conversation's matter
	department      VARCHAR(200),                      -- that guide's department when rated
	agent           VARCHAR(64),                       -- the agent who held the conversation, if any
	client_id       VARCHAR(64)              NOT NULL, -- the rate message's id, for retries
	rated           TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT rating_level_range CHECK (level BETWEEN 1 AND 5),
	CONSTRAINT rating_once_per_target UNIQUE (conversation_id, target_seq)
);
CREATE INDEX rating_by_rated ON rating (rated);
