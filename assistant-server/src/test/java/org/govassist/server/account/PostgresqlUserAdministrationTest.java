package org.govassist.server.account;

import org.govassist.server.OnPostgresql;
import org.springframework.context.annotation.Import;

/**
 * {@link UserAdministrationTest} on PostgreSQL: accounts, token endings, lockouts and the audit
 * log's queries running on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
@Import(SessionEndings.class)
class PostgresqlUserAdministrationTest extends UserAdministrationTest {

}
