-- The audit log and the editors' gap inbox. The same SQL runs on H2 (PostgreSQL mode) and
-- PostgreSQL.

-- Who did what, when, from where, and how it ended: logins and every knowledge-base change.
-- Only ever inserted into; the application has no statement that changes or deletes a row.
CREATE TABLE audit_event (
	id             BIGINT                   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	occurred       TIMESTAMP WITH TIME ZONE NOT NULL,
	actor          VARCHAR(64)              NOT NULL, -- the account's username, or the name tried at login
	action         VARCHAR(32)              NOT NULL, -- e.g. 'login', 'guide.save', 'kb.import'
	target         VARCHAR(200),                      -- e.g. the guide's id
	client_address VARCHAR(64),                       -- the request's remote address
	outcome        VARCHAR(16)              NOT NULL, -- 'success', 'failure' or 'refused'
	detail         VARCHAR(1000),                     -- e.g. the version saved, or why it was refused
	CONSTRAINT audit_event_outcome_known CHECK (outcome IN ('success', 'failure', 'refused'))
);
CREATE INDEX audit_event_by_occurred ON audit_event (occurred);

-- Questions the bot could not answer well, for the editors' gap inbox. Texts are masked of
-- personal data before they get here; no row refers to its conversation, so the retention of
-- conversations does not depend on them.
CREATE TABLE gap_question (
	id        BIGINT                   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	asked     TIMESTAMP WITH TIME ZONE NOT NULL,
	kind      VARCHAR(16)              NOT NULL, -- 'fallback' or 'bad_rating' (an answer rated 1 or 2)
	text      VARCHAR(1000)            NOT NULL, -- the citizen's words, masked
	group_key VARCHAR(64)              NOT NULL, -- the group it belongs to: a hash of the normalised text
	guide_id  VARCHAR(64),                       -- the guide of a badly rated answer
	status    VARCHAR(16)              NOT NULL, -- 'open', 'dismissed' or 'assigned'
	CONSTRAINT gap_question_kind_known CHECK (kind IN ('fallback', 'bad_rating')),
	CONSTRAINT gap_question_status_known CHECK (status IN ('open', 'dismissed', 'assigned'))
);
CREATE INDEX gap_question_by_asked ON gap_question (status, asked);
CREATE INDEX gap_question_by_group ON gap_question (group_key);
