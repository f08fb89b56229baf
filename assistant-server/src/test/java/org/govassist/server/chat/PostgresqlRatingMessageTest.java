package org.govassist.server.chat;

import org.govassist.server.OnPostgresql;

/**
 * {@link RatingMessageTest} on PostgreSQL: every rating test again, with the migrations and queries running on
 * PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlRatingMessageTest extends RatingMessageTest {

}
