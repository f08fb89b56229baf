package org.govassist.server.handoff;

import org.govassist.server.OnPostgresql;

/**
 * Handing citizens over to agents on PostgreSQL: every test of {@link HandoffRoutingTest} again, with the migrations and queries
 * running on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlHandoffRoutingTest extends HandoffRoutingTest {

}
