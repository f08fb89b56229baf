package org.govassist.server.editor;

import org.govassist.server.OnPostgresql;

/**
 * {@link GapInboxTest} on PostgreSQL: every test of the gap inbox again, with the migrations and queries running
 * on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlGapInboxTest extends GapInboxTest {

}
