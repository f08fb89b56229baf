package org.govassist.server.chat;

import org.govassist.server.OnPostgresql;

/**
 * {@link ConversationFlowTest} on PostgreSQL: every conversation-flow test again, with the migrations and queries running on
 * PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlConversationFlowTest extends ConversationFlowTest {

}
