-- The handoff of conversations to helpdesk agents (在线帮办): the queue, who holds which
-- conversation, the history of agents' chats, tickets made of messages left, and canned replies.
-- The same SQL runs on H2 (PostgreSQL mode) and PostgreSQL.

-- 'queued': waiting for an agent; 'with_agent': an agent holds it, the citizen's words go to them.
ALTER TABLE conversation DROP CONSTRAINT conversation_state_known;
ALTER TABLE conversation ADD CONSTRAINT conversation_state_known
	CHECK (state IN ('open', 'awaiting_message', 'queued', 'with_agent', 'closed'));
-- The agent (username) holding the conversation, or who held it last: ratings name them.
ALTER TABLE conversation ADD COLUMN agent VARCHAR(64);
-- The skill the conversation needs: the category of its matter when handed off, or of a transfer.
ALTER TABLE conversation ADD COLUMN topic VARCHAR(100);
-- While queued: since when, its place (lower first) and what the citizen was last told.
ALTER TABLE conversation ADD COLUMN queued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE conversation ADD COLUMN queue_rank BIGINT;
ALTER TABLE conversation ADD COLUMN queue_position INTEGER;
ALTER TABLE conversation ADD COLUMN queue_estimate INTEGER;
-- While an agent holds it: since when the citizen waits for the agent's reply, if they do.
ALTER TABLE conversation ADD COLUMN awaiting_reply_since TIMESTAMP WITH TIME ZONE;
-- The service-level alert last raised for the current wait: 'yellow', 'red' or none.
ALTER TABLE conversation ADD COLUMN alert_level VARCHAR(8);
CREATE INDEX conversation_by_agent ON conversation (state, agent);

-- Every time an agent held a conversation: for handling times and the closing summary.
CREATE TABLE agent_chat (
	id              BIGINT                   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	conversation_id UUID                     NOT NULL,
	agent           VARCHAR(64)              NOT NULL,
	assigned        TIMESTAMP WITH TIME ZONE NOT NULL,
	ended           TIMESTAMP WITH TIME ZONE,
	end_reason      VARCHAR(16),              -- 'closed', 'citizen', 'timeout', 'transfer', 'grace', 'signed_out'
	summary         TEXT                               -- the agent's summary when closing
);
CREATE INDEX agent_chat_by_conversation ON agent_chat (conversation_id);
CREATE INDEX agent_chat_by_ended ON agent_chat (ended);

-- Messages left become tickets that agents handle and close with a note. contact: what the citizen
-- gave on purpose to be reached by (kept as given, never logged in full).
ALTER TABLE left_message ADD COLUMN contact VARCHAR(100);
ALTER TABLE left_message ADD COLUMN status VARCHAR(16) DEFAULT 'open' NOT NULL;
ALTER TABLE left_message ADD COLUMN handled_by VARCHAR(64);
ALTER TABLE left_message ADD COLUMN note TEXT;
ALTER TABLE left_message ADD COLUMN closed TIMESTAMP WITH TIME ZONE;
ALTER TABLE left_message ADD CONSTRAINT left_message_status_known CHECK (status IN ('open', 'closed'));
CREATE INDEX left_message_by_status ON left_message (status, created);

-- Agents' canned replies: their own, and shared ones (kept by admins).
CREATE TABLE canned_reply (
	id      BIGINT                   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	owner   VARCHAR(64)              NOT NULL, -- the username that created it
	title   VARCHAR(100)             NOT NULL,
	text    VARCHAR(2000)            NOT NULL,
	shared  BOOLEAN                  NOT NULL,
	created TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX canned_reply_by_owner ON canned_reply (owner);
