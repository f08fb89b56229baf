package org.govassist.server.account;

import org.govassist.server.OnPostgresql;
import org.springframework.context.annotation.Import;

/**
 * {@link LoginTest} on PostgreSQL: every login test again, with the migrations and queries running
 * on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
@Import(SessionEndings.class)
class PostgresqlLoginTest extends LoginTest {

}
