package org.govassist.server.rating;

import org.govassist.server.OnPostgresql;

/**
 * {@link RatingFollowUpTest} on PostgreSQL: every follow-up test again, with the migrations and queries running
 * on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlRatingFollowUpTest extends RatingFollowUpTest {

}
