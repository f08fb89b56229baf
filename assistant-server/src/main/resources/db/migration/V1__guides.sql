-- Guides, the knowledge base's source of truth. The same SQL runs on H2 (PostgreSQL mode) and
-- PostgreSQL.

-- The published state of every guide ever known; withdrawn guides stay for their history.
CREATE TABLE guide (
	id              VARCHAR(64)              NOT NULL PRIMARY KEY,
	current_version INTEGER                  NOT NULL,
	content         TEXT                     NOT NULL, -- the current version, as guide JSON
	fingerprint     VARCHAR(64)              NOT NULL, -- content hash: equal hashes, equal guides
	withdrawn       BOOLEAN                  NOT NULL,
	origin          VARCHAR(16)              NOT NULL, -- 'seed': owned by the seed import; 'editor': changed by an editor
	updated         TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT guide_origin_known CHECK (origin IN ('seed', 'editor'))
);

-- Every version ever published, never changed or deleted.
CREATE TABLE guide_version (
	guide_id VARCHAR(64)              NOT NULL REFERENCES guide (id),
	version  INTEGER                  NOT NULL,
	content  TEXT                     NOT NULL,
	author   VARCHAR(64)              NOT NULL,
	created  TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (guide_id, version)
);
