-- The editors' lexicon, unchosen clarifications in the gap inbox. The same SQL runs on H2
-- (PostgreSQL mode) and PostgreSQL.

-- The words and synonym groups editors add to the bundled lexicon: one row per version, the
-- newest in force. content is JSON {"words": [...], "synonyms": [[...], ...]}.
CREATE TABLE lexicon_version (
	version INTEGER                  NOT NULL PRIMARY KEY,
	content TEXT                     NOT NULL,
	author  VARCHAR(64)              NOT NULL,
	created TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row whose lock makes saves of the lexicon take turns, also across nodes; current_version
-- is 0 until the first save.
CREATE TABLE lexicon_head (
	id              INTEGER NOT NULL PRIMARY KEY,
	current_version INTEGER NOT NULL,
	CONSTRAINT lexicon_head_single CHECK (id = 1)
);
INSERT INTO lexicon_head (id, current_version) VALUES (1, 0);

-- A clarification the citizen chose nothing from before saying something else or leaving.
ALTER TABLE gap_question DROP CONSTRAINT gap_question_kind_known;
ALTER TABLE gap_question ADD CONSTRAINT gap_question_kind_known
	CHECK (kind IN ('fallback', 'bad_rating', 'clarify_unchosen'));

-- How far the conversation events have been looked through for unchosen clarifications.
CREATE TABLE gap_scan (
	name          VARCHAR(32)              NOT NULL PRIMARY KEY,
	scanned_until TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO gap_scan (name, scanned_until) VALUES ('clarify_unchosen', CURRENT_TIMESTAMP);
