package org.govassist.server.editor;

import org.govassist.server.OnPostgresql;

/**
 * {@link UnchosenClarificationTest} on PostgreSQL: every test of unchosen clarifications and gap retention again, with the migrations and queries running on
 * PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlUnchosenClarificationTest extends UnchosenClarificationTest {

}
