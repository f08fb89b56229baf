package org.govassist.server.handoff;

import org.govassist.server.OnPostgresql;

/**
 * Alerts, agents gone and ended logins on PostgreSQL: every test of {@link AgentLossAndAlertsTest} again, with the migrations and queries
 * running on PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlAgentLossAndAlertsTest extends AgentLossAndAlertsTest {

}
