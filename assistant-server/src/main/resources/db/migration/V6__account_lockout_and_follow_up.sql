-- Login lockout and the follow-up of bad ratings. The same SQL runs on H2 (PostgreSQL mode) and
-- PostgreSQL.

-- Failed logins in a row, per username tried (known or not, so that a lockout tells nothing about
-- which names exist). A successful login deletes the row; old rows are deleted by housekeeping.
CREATE TABLE login_failure (
	username     VARCHAR(64)              NOT NULL PRIMARY KEY, -- as tried, cut to 64 characters
	failures     INTEGER                  NOT NULL,             -- in a row, since the last lockout ended
	last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_until TIMESTAMP WITH TIME ZONE                       -- set when failures reached the limit
);
CREATE INDEX login_failure_by_last_failure ON login_failure (last_failure);

-- When an account's name, roles, skills, password or state last changed, and by whom.
ALTER TABLE account ADD COLUMN updated TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN updated_by VARCHAR(64);
CREATE INDEX auth_token_by_account ON auth_token (account_id);

-- The follow-up of a rating, for supervisors: 'open' (nobody has looked at it yet),
-- 'in_progress' (someone is on it) or 'resolved' (done; the note says what was done).
ALTER TABLE rating ADD COLUMN follow_up_status VARCHAR(16) DEFAULT 'open' NOT NULL;
ALTER TABLE rating ADD CONSTRAINT rating_follow_up_status_known
	CHECK (follow_up_status IN ('open', 'in_progress', 'resolved'));
ALTER TABLE rating ADD COLUMN follow_up_note VARCHAR(1000); -- personal data masked
ALTER TABLE rating ADD COLUMN follow_up_by VARCHAR(64);     -- the staff member's username
ALTER TABLE rating ADD COLUMN follow_up_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX rating_by_level ON rating (level, follow_up_status);
