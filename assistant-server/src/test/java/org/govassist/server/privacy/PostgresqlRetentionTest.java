package org.govassist.server.privacy;

import org.govassist.server.OnPostgresql;

/**
 * {@link RetentionTest} on PostgreSQL: every retention test again, with the migrations and queries running
 * on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlRetentionTest extends RetentionTest {

}
