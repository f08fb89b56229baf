package org.govassist.server.chat;

import org.govassist.server.OnPostgresql;

/**
 * {@link IdleConversationTest} on PostgreSQL: every idle-conversation test again, with the migrations and queries running on
 * PostgreSQL in place of the embedded database.
 */
@OnPostgresql
class PostgresqlIdleConversationTest extends IdleConversationTest {

}
