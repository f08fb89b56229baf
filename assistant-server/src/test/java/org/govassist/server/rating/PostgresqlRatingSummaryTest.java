package org.govassist.server.rating;

import org.govassist.server.OnPostgresql;

/**
 * {@link RatingSummaryTest} on PostgreSQL: every ratings-summary test again, with the migrations and queries running
 * on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlRatingSummaryTest extends RatingSummaryTest {

}
