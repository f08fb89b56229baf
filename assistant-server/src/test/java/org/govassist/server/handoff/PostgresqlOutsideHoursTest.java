package org.govassist.server.handoff;

import org.govassist.server.OnPostgresql;

/**
 * Tickets, canned replies and the service hours on PostgreSQL: every test of {@link OutsideHoursTest} again, with the migrations and queries
 * running on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlOutsideHoursTest extends OutsideHoursTest {

}
